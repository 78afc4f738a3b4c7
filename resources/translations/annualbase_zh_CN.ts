<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AnnualBase</name>
    <message>
        <location filename="../../ssclient/gui/annual_base/__init__.py" line="14"/>
        <source>Annual base</source>
        <translation>年度缴费工资申报</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/__init__.py" line="17"/>
        <source>Average monthly wage</source>
        <translation>月平均工资</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/columns.py" line="27"/>
        <location filename="../../ssclient/gui/annual_base/columns.py" line="100"/>
        <location filename="../../ssclient/gui/annual_base/columns.py" line="118"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/columns.py" line="33"/>
        <location filename="../../ssclient/gui/annual_base/columns.py" line="82"/>
        <location filename="../../ssclient/gui/annual_base/columns.py" line="106"/>
        <source>ID number</source>
        <translation>身份证号码</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/columns.py" line="37"/>
        <location filename="../../ssclient/gui/annual_base/columns.py" line="86"/>
        <location filename="../../ssclient/gui/annual_base/columns.py" line="110"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/columns.py" line="39"/>
        <source>Months worked</source>
        <translation>工作月数</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/columns.py" line="45"/>
        <source>Year&apos;s total</source>
        <translation>全年工资总额</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/columns.py" line="54"/>
        <source>Old base</source>
        <translation>原缴费基数</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/columns.py" line="60"/>
        <source>New base</source>
        <translation>新缴费基数</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/columns.py" line="66"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/columns.py" line="72"/>
        <source>Capped</source>
        <translation>上下限调整</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/columns.py" line="88"/>
        <source>Current base</source>
        <translation>当前缴费基数</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/columns.py" line="93"/>
        <source>Insured since</source>
        <translation>参保起始年月</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/columns.py" line="111"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/columns.py" line="123"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/columns.py" line="125"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/texts.py" line="29"/>
        <source>Raised to the floor</source>
        <translation>按下限核定</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/texts.py" line="30"/>
        <source>Lowered to the ceiling</source>
        <translation>按上限核定</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/texts.py" line="41"/>
        <source>The average wage %1 is below this year&apos;s floor %2: the base is the floor.</source>
        <translation>月平均工资%1低于本年度缴费基数下限%2：按下限核定缴费基数。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/texts.py" line="46"/>
        <source>The average wage %1 is above this year&apos;s ceiling %2: the base is the ceiling.</source>
        <translation>月平均工资%1高于本年度缴费基数上限%2：按上限核定缴费基数。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/texts.py" line="54"/>
        <source>Not on the unit&apos;s roster: not declared. Add the person first if they work here.</source>
        <translation>不在本单位参保名册中：不予申报。如此人在本单位工作，请先办理新增参保。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/texts.py" line="58"/>
        <source>Insurance interrupted: not declared. Renew the person first if they work here again.</source>
        <translation>已停保：不予申报。如此人已回本单位工作，请先办理续保。</translation>
    </message>
</context>
<context>
    <name>AnnualBaseTotals</name>
    <message>
        <location filename="../../ssclient/gui/annual_base/totals.py" line="16"/>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/totals.py" line="20"/>
        <source>People declared</source>
        <translation>申报人数</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/totals.py" line="21"/>
        <source>Average wages</source>
        <translation>月平均工资合计</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/totals.py" line="22"/>
        <source>Old bases</source>
        <translation>原缴费基数合计</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/totals.py" line="23"/>
        <source>New bases</source>
        <translation>新缴费基数合计</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/totals.py" line="24"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/totals.py" line="25"/>
        <source>Raised to the floor</source>
        <translation>按下限核定</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/totals.py" line="26"/>
        <source>Lowered to the ceiling</source>
        <translation>按上限核定</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/totals.py" line="27"/>
        <source>Insured, no wages</source>
        <translation>在册无工资</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/totals.py" line="28"/>
        <source>Not insured here</source>
        <translation>非本单位参保</translation>
    </message>
</context>
<context>
    <name>AnnualBaseWindow</name>
    <message>
        <location filename="../../ssclient/gui/annual_base/window.py" line="108"/>
        <source>Import last year&apos;s wages (.xlsx or .csv) to compute each insured person&apos;s new base.</source>
        <translation>导入上年度工资（.xlsx 或 .csv），计算每名参保人员的新缴费基数。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/window.py" line="136"/>
        <source>Import last year&apos;s wages…</source>
        <translation>导入上年度工资…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/window.py" line="139"/>
        <source>Save template…</source>
        <translation>保存模板…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/window.py" line="141"/>
        <source>Save to draft box</source>
        <translation>保存到草稿箱</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/window.py" line="193"/>
        <source>Insured, no wages in the file (%1)</source>
        <translation>在册参保但文件中无工资（%1）</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/window.py" line="196"/>
        <source>In the file, not insured here (%1)</source>
        <translation>文件中有但非本单位参保（%1）</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/window.py" line="199"/>
        <source>Joined after %1, base from joining stands (%2)</source>
        <translation>%1之后参保，沿用参保时的基数（%2）</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/window.py" line="230"/>
        <source>Document #%1 for %2.</source>
        <translation>%2的单据 #%1。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/window.py" line="258"/>
        <source>Choose last year&apos;s wages</source>
        <translation>选择上年度工资表</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/window.py" line="259"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>电子表格 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/window.py" line="276"/>
        <source>Reading %1…</source>
        <translation>正在读取%1…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/window.py" line="281"/>
        <source>Cancelled; nothing was imported.</source>
        <translation>已取消；未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/window.py" line="283"/>
        <source>Reading the wages…</source>
        <translation>正在读取工资…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/window.py" line="300"/>
        <source>Nothing is left to declare.</source>
        <translation>没有需要申报的内容。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/window.py" line="302"/>
        <source>Nobody insured here has wages in the file: there is nothing to declare.</source>
        <translation>文件中没有本单位参保人员的工资：无可申报的内容。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/window.py" line="306"/>
        <source>%1 new bases from %2. Check them, then save the document to the draft box.</source>
        <translation>自%2起的新缴费基数共%1条。请核对后保存到草稿箱。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/window.py" line="313"/>
        <source>Cannot use the file: %1</source>
        <translation>无法使用该文件：%1</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/window.py" line="319"/>
        <source>%1 was not imported: %2 problems in its rows. Correct them and import it again.</source>
        <translation>%1未导入：其中各行共有%2个问题。请改正后重新导入。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/window.py" line="368"/>
        <source>Saved to the draft box as document #%1: check and declare it there.</source>
        <translation>已保存到草稿箱，单据 #%1：请在草稿箱中检查并申报。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/window.py" line="378"/>
        <source>Save the wages template</source>
        <translation>保存工资模板</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/window.py" line="379"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/window.py" line="385"/>
        <source>The template was saved to %1.</source>
        <translation>模板已保存到%1。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/texts.py" line="128"/>
        <source>Annual base from %1 (wages of %2)</source>
        <translation>自%1起的年度缴费基数（%2年度工资）</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/texts.py" line="137"/>
        <source>%1: floor %2, ceiling %3, rounding to %4, in force from %5.</source>
        <translation>%1：缴费基数下限%2，上限%3，舍入到%4，自%5起执行。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/texts.py" line="149"/>
        <source>These limits are ILLUSTRATIVE, not your city&apos;s official table: load the official one in Settings → Policy before declaring.</source>
        <translation>这些上下限仅为示例，并非本市的正式政策表：申报前请在“设置 → 政策”中载入正式政策表。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/texts.py" line="155"/>
        <source>For part of a year, the total is divided by the months worked: the usual practice, not from an official document this program can name (illustrative); check with your agency.</source>
        <translation>不满一年的，以全年工资总额除以实际工作月数：这是通行做法，本程序无法指明其正式文件依据（示例）；请向经办机构核实。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/follow.py" line="69"/>
        <source>These new bases were declared from the draft box: they can no longer be changed here. The agency&apos;s answers show in My documents and in the records.</source>
        <translation>这些新缴费基数已从草稿箱申报，不能再在此修改。经办机构的审核结果可在“我的单据”和申报记录中查看。</translation>
    </message>
</context>
<context>
    <name>AnnualWagesSheet</name>
    <message>
        <location filename="../../ssclient/gui/annual_base/texts.py" line="68"/>
        <source>The ID number is empty; every person needs one.</source>
        <translation>身份证号码为空；每个人都必须填写。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/texts.py" line="69"/>
        <source>The name is empty.</source>
        <translation>姓名为空。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/texts.py" line="72"/>
        <source>{value} is not an amount; write a number such as 6500.00.</source>
        <translation>{value}不是金额；请填写数字，如6500.00。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/texts.py" line="75"/>
        <source>{value} is negative; write the wage paid, 0 when nothing was paid.</source>
        <translation>{value}为负数；请填写应发工资，未发放填0。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/texts.py" line="78"/>
        <source>{value} has more than two decimals; amounts are in yuan and fen.</source>
        <translation>{value}超过两位小数；金额以元为单位，精确到分。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/texts.py" line="82"/>
        <source>No wage is written: fill the twelve months, or the year&apos;s total and the months worked.</source>
        <translation>未填写工资：请填写1月至12月的月工资，或者全年工资总额和工作月数。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/texts.py" line="85"/>
        <source>Both the months and the year&apos;s total are filled: keep one of the two.</source>
        <translation>月工资和全年工资总额都已填写：只能保留其中一种。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/texts.py" line="89"/>
        <source>Every month is 0: a person who worked no month has no average wage; leave the row out.</source>
        <translation>各月工资均为0：没有工作月份的人员没有月平均工资，请删除该行。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/texts.py" line="92"/>
        <source>The year&apos;s total is empty; write it with the months worked.</source>
        <translation>全年工资总额为空；请与工作月数一起填写。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/texts.py" line="95"/>
        <source>The year&apos;s total must be more than 0.</source>
        <translation>全年工资总额必须大于0。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/texts.py" line="99"/>
        <source>The months worked are empty; write how many months of the year were worked (1–12).</source>
        <translation>工作月数为空；请填写该年度实际工作的月数（1–12）。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/texts.py" line="102"/>
        <source>{value} is not a number of months; write a whole number from 1 to 12.</source>
        <translation>{value}不是有效的月数；请填写1到12的整数。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/annual_base/texts.py" line="105"/>
        <source>The ID number is also in row {row}; list each person once.</source>
        <translation>该身份证号码在第{row}行也出现过；每人只列一次。</translation>
    </message>
</context>
<context>
    <name>PartsTexts</name>
    <message numerus="yes">
        <location filename="../../ssclient/gui/annual_base/texts.py" line="167"/>
        <source>%1 new bases from %2. Check them, then save them to the draft box as %n document(s): one declaration holds at most %3 people. Declare them together.</source>
        <translation>
            <numerusform>自%2起的新缴费基数共%1条。一份申报最多容纳%3人，请核对后保存到草稿箱，将分为%Ln份单据，请一并申报。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/annual_base/texts.py" line="175"/>
        <source>Saved to the draft box as %n document(s), #%1 to #%2: check and declare them there together.</source>
        <translation>
            <numerusform>已保存到草稿箱，共%Ln份单据（#%1 至 #%2）：请在草稿箱中一并检查并申报。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/annual_base/texts.py" line="185"/>
        <source>%n more insured person(s) have their new base in the unit&apos;s other annual base documents of this year, so they are not listed as without wages.</source>
        <translation>
            <numerusform>另有%Ln名参保人员的新缴费基数在本单位本年度的其他年度缴费工资申报单据中，因此不列为“文件中无工资”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/annual_base/texts.py" line="194"/>
        <source>%n person(s) in the file already have their new base in other annual base documents of this year, so they are left out.</source>
        <translation>
            <numerusform>文件中有%Ln人的新缴费基数已在本年度其他年度缴费工资申报单据中，已略去。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/annual_base/texts.py" line="205"/>
        <source>%n of these people already have their new base in other annual base documents of this year (%1), so nothing was saved. Delete those still in the draft box, or revise those already approved from the records; then save again.</source>
        <translation>
            <numerusform>其中%Ln人的新缴费基数已在本年度其他年度缴费工资申报单据（%1）中，为免重复申报，未保存任何内容。草稿箱中的单据可先删除，已审核通过的可在申报记录中更正，然后再保存。</numerusform>
        </translation>
    </message>
</context>
</TS>
