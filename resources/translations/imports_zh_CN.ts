<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ImportActions</name>
    <message>
        <location filename="../../ssclient/gui/imports/actions.py" line="31"/>
        <source>Import from spreadsheet…</source>
        <translation>从电子表格导入…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/imports/actions.py" line="35"/>
        <source>Save template…</source>
        <translation>保存导入模板…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/imports/actions.py" line="65"/>
        <source>The template was saved to %1. Fill it in with Excel, then bring it in with “Import from spreadsheet…”.</source>
        <translation>模板已保存到 %1。请用 Excel 填写，再通过“从电子表格导入…”导入。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ssclient/gui/imports/import_dialog.py" line="67"/>
        <source>Import from spreadsheet</source>
        <translation>从电子表格导入</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/imports/import_dialog.py" line="134"/>
        <source>Reading and checking %1…</source>
        <translation>正在读取并检查 %1…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/imports/import_dialog.py" line="154"/>
        <source>Saving the draft…</source>
        <translation>正在保存草稿…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/imports/import_dialog.py" line="161"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/imports/import_dialog.py" line="177"/>
        <source>Import the rows first; then a double-click opens the line in the draft.</source>
        <translation>请先导入；导入后双击即可在草稿中打开该行。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/imports/import_dialog.py" line="182"/>
        <source>Row %1 was not imported because it has errors.</source>
        <translation>第 %1 行有错误，未导入。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/imports/import_dialog.py" line="260"/>
        <source>Nothing was imported yet: %n row(s) have errors. Import every row and correct them in the draft, import the clean rows only, or fix the file and import it again.</source>
        <translation>
            <numerusform>尚未导入任何内容：有 %Ln 行存在错误。可以导入全部行并在草稿中改正，只导入无错误的行，或者改正文件后重新导入。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/imports/import_dialog.py" line="272"/>
        <source>Every row has errors, so there are no clean rows to import.</source>
        <translation>每一行都有错误，没有可以导入的无错误行。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/imports/import_dialog.py" line="287"/>
        <source>Draft #%1 (%2) was created in the draft box with %n person(s).</source>
        <translation>
            <numerusform>已在草稿箱中创建草稿 #%1（%2），共 %Ln 人。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/imports/import_dialog.py" line="294"/>
        <source>%n person(s) are more than one declaration holds (%1): drafts #%2 to #%3 (%4) were created in the draft box, one for each %1 people in the order of the rows. Check and declare them together.</source>
        <translation>
            <numerusform>共 %Ln 人，超过一份单据可容纳的人数（%1）：已在草稿箱中创建草稿 #%2 至 #%3（%4），按行的顺序每 %1 人一份。请一并检查并申报。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/imports/import_dialog.py" line="301"/>
        <source>The import was cancelled; nothing was saved.</source>
        <translation>导入已取消，未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/imports/import_dialog.py" line="325"/>
        <source>%1 — rows read: %2; errors: %3, warnings: %4, notes: %5.</source>
        <translation>%1：读取 %2 行；错误 %3 条，警告 %4 条，提示 %5 条。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/imports/import_dialog.py" line="355"/>
        <source>Open the draft &amp;box</source>
        <translation>打开草稿箱(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/imports/import_dialog.py" line="360"/>
        <source>Choose the spreadsheet to import</source>
        <translation>选择要导入的电子表格</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/imports/import_dialog.py" line="361"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>电子表格 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/imports/report_export.py" line="37"/>
        <source>The report was saved to %1.</source>
        <translation>检查报告已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/imports/report_export.py" line="47"/>
        <source>Export the report</source>
        <translation>导出检查报告</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/imports/report_export.py" line="48"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ImportForm</name>
    <message>
        <location filename="../../ui/import_dialog.ui" line="17"/>
        <source>Declaration &amp;type</source>
        <translation>申报类型(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="28"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="37"/>
        <source>An .xlsx or .csv file filled in from the template</source>
        <translation>按模板填写的 .xlsx 或 .csv 文件</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="42"/>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="47"/>
        <source>Check and &amp;import</source>
        <translation>检查并导入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="72"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="103"/>
        <source>Import &amp;all rows</source>
        <translation>导入全部行(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="104"/>
        <source>Create the draft with every row; fix the rows with errors in the draft</source>
        <translation>用全部行创建草稿，有错误的行在草稿中改正</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="109"/>
        <source>Import the c&amp;lean rows only</source>
        <translation>只导入无错误的行(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="110"/>
        <source>Create the draft without the rows that have errors</source>
        <translation>创建草稿，不含有错误的行</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="115"/>
        <source>Fi&amp;x the file and import again</source>
        <translation>改正文件后重新导入(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="116"/>
        <source>Read the same file again after correcting it in Excel or WPS</source>
        <translation>在 Excel 或 WPS 中改正后，重新读取同一文件</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="121"/>
        <source>&amp;Open the draft</source>
        <translation>打开草稿(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="132"/>
        <source>&amp;Export report…</source>
        <translation>导出报告(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../ui/import_dialog.ui" line="137"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>ImportTemplate</name>
    <message>
        <location filename="../../ssclient/gui/imports/template_action.py" line="30"/>
        <source>Save the template</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/imports/template_action.py" line="32"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/imports/template_action.py" line="47"/>
        <source>The template was not saved</source>
        <translation>模板未保存</translation>
    </message>
</context>
</TS>
