"""Export: the plan and the report as DOCX in the official format (GB/T 9704-2012), the task
list (整改台账) as a spreadsheet, and an edited spreadsheet read back into the ledger.

    outline        the draft as a sequence of typed paragraphs (title, headings, body…)
    docx_format    GB/T 9704 page, grid, styles, fonts and page-number footers
    docx_export    outline → .docx (citations as Word comments on request)
    plan_parts     the plan's opening, labelled paragraphs, signature, annex rows
    title_lines    a long title broken by sense, in a 梯形 / 菱形 shape
    docx_annex     附件 整改任务清单: landscape section, table, repeated header
    docx_import    a DOCX edited in Word → edits of the draft's items (`rectify import`)
    xlsx_export    plan + ledger → task-list workbook, one row per measure
    ledger_import  edited workbook → ledger.yaml per measure, every bad row named
    source         the review that gates an export
    writing        output paths checked, files written atomically
    run            `rectify export` from request to file
    lo_preview     a copy LibreOffice lays out as Word does (for scripts/render-docx)
"""
