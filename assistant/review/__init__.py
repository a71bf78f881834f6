"""Reviewing finished drafts: coverage, citations, names, facts, placeholders, wording.

    texts       the pieces of a draft the checks read
    timeliness  rules for wording out of date at a draft's date
    checks      the checks, one function each
    support     whether a cited clause supports the measure citing it
    run         a plan's or a report's review, and a draft folder's
    actions     accept, reject, edit, redraft; the review history
    page        the review page (review.html)
"""
