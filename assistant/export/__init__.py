"""Export: the plan and the report as DOCX in the official format (GB/T 9704-2012), the task
list (整改台账) as a spreadsheet, and an edited spreadsheet read back into the ledger.

    outline        the draft as a sequence of typed paragraphs (title, headings, body…)
    docx_format    GB/T 9704 page, grid, styles, fonts and page-number footers
    docx_export    outline → .docx (citations as Word comments on request)
    xlsx_export    plan + ledger → task-list workbook
    ledger_import  edited workbook → ledger.yaml, every unmatched row named
    source         the review that gates an export
    writing        output paths checked, files written atomically
    run            `rectify export` from request to file
    lo_preview     a copy LibreOffice lays out as Word does (for scripts/render-docx)
"""
