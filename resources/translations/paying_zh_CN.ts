<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AgreementDialog</name>
    <message>
        <location filename="../../ssclient/gui/paying/agreement_dialog.py" line="38"/>
        <source>Bank agreement</source>
        <translation>三方协议</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/agreement_dialog.py" line="41"/>
        <source>Choose the bank…</source>
        <translation>请选择银行…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/agreement_dialog.py" line="46"/>
        <source>The bank card number, e.g. 6222 0000 0000 0000 000</source>
        <translation>银行卡号，如 6222 0000 0000 0000 000</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/agreement_dialog.py" line="49"/>
        <source>As printed on the agreement</source>
        <translation>按协议上印的填写</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/agreement_dialog.py" line="53"/>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/agreement_dialog.py" line="55"/>
        <source>Account number</source>
        <translation>缴费账号</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/agreement_dialog.py" line="57"/>
        <source>Agreement number</source>
        <translation>协议号</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/agreement_dialog.py" line="65"/>
        <source>The account number is checked as a bank card number (ISO/IEC 7812-1: 8 to 19 digits, the last a check digit). The agreement number&apos;s check is illustrative: no public document gives its form, and the agency&apos;s answer decides. The account number is kept at the agency; this program shows it masked.</source>
        <translation>缴费账号按银行卡号校验（ISO/IEC 7812-1：8 至 19 位数字，最后一位为校验位）。协议号的校验仅为示意：没有公开文件规定其格式，以经办机构的答复为准。缴费账号保存在经办机构；本程序只显示遮掩后的号码。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/agreement_dialog.py" line="77"/>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/agreement_dialog.py" line="111"/>
        <source>Registering the agreement…</source>
        <translation>正在登记三方协议…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/agreement_dialog.py" line="130"/>
        <source>Correct the fields marked in red, then register again.</source>
        <translation>请更正红色标出的项目，然后重新登记。</translation>
    </message>
</context>
<context>
    <name>BankForm</name>
    <message>
        <location filename="../../ssclient/gui/paying/texts.py" line="56"/>
        <source>Choose the bank the agreement was signed with.</source>
        <translation>请选择签订协议的银行。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/texts.py" line="57"/>
        <source>Enter the account number.</source>
        <translation>请填写缴费账号。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/texts.py" line="58"/>
        <source>An account number has digits only.</source>
        <translation>缴费账号只能包含数字。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/texts.py" line="61"/>
        <source>A bank card number has 8 to 19 digits; this one has {length}.</source>
        <translation>银行卡号为 8 至 19 位数字；此号码有 {length} 位。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/texts.py" line="66"/>
        <source>The account number&apos;s last digit does not match the others (ISO/IEC 7812-1): check it for a typing error.</source>
        <translation>缴费账号的校验位与其他数字不符（ISO/IEC 7812-1）：请检查是否输错。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/texts.py" line="69"/>
        <source>Enter the agreement number printed on the agreement.</source>
        <translation>请填写协议上印的协议号。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/texts.py" line="72"/>
        <source>An agreement number has 6 to 32 letters and digits (an illustrative check).</source>
        <translation>协议号为 6 至 32 位字母和数字（示意性校验）。</translation>
    </message>
</context>
<context>
    <name>Paying</name>
    <message>
        <location filename="../../ssclient/gui/paying/__init__.py" line="11"/>
        <source>Payments</source>
        <translation>缴费情况</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/columns.py" line="20"/>
        <source>at the deadline</source>
        <translation>于缴费截止日</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/columns.py" line="22"/>
        <source>on request</source>
        <translation>按单位请求</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/columns.py" line="24"/>
        <source>%1 paid %2</source>
        <translation>%1 %2扣款成功</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/columns.py" line="26"/>
        <source>%1 failed %2: %3</source>
        <translation>%1 %2扣款失败：%3</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/columns.py" line="37"/>
        <source>Period</source>
        <translation>费款所属期</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/columns.py" line="39"/>
        <source>Payment declaration</source>
        <translation>费款申报</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/columns.py" line="42"/>
        <source>Declared</source>
        <translation>申报金额</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/columns.py" line="48"/>
        <location filename="../../ssclient/gui/paying/texts.py" line="16"/>
        <source>Paid</source>
        <translation>已缴</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/columns.py" line="54"/>
        <source>Outstanding</source>
        <translation>未缴</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/columns.py" line="59"/>
        <source>Deadline</source>
        <translation>缴费截止日</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/columns.py" line="60"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/columns.py" line="62"/>
        <source>Late fee if paid today</source>
        <translation>今日缴纳的滞纳金</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/columns.py" line="65"/>
        <source>Last collection</source>
        <translation>最近一次扣款</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/texts.py" line="15"/>
        <source>Due</source>
        <translation>待缴</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/texts.py" line="17"/>
        <source>Failed</source>
        <translation>扣款失败</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/texts.py" line="25"/>
        <source>no bank agreement is registered</source>
        <translation>未登记三方协议</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/texts.py" line="26"/>
        <source>the bank has voided the agreement</source>
        <translation>银行已作废该协议</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/texts.py" line="27"/>
        <source>the account does not hold enough money</source>
        <translation>账户余额不足</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/texts.py" line="37"/>
        <source>Register the unit&apos;s bank agreement (Bank agreement…), then click Pay.</source>
        <translation>请登记单位的三方协议（三方协议…），然后点击缴费。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/texts.py" line="41"/>
        <source>Sign a new agreement with the bank, register it here (Bank agreement…), then click Pay.</source>
        <translation>请与银行重新签订协议，在此登记（三方协议…），然后点击缴费。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/texts.py" line="46"/>
        <source>Put the money into the account, then click Pay. After the deadline a late fee of 0.05 % a day is added.</source>
        <translation>请向账户存入足够资金，然后点击缴费。超过缴费截止日后，按日加收万分之五的滞纳金。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/texts.py" line="48"/>
        <source>Try again later, or ask the agency.</source>
        <translation>请稍后再试，或咨询经办机构。</translation>
    </message>
</context>
<context>
    <name>PaymentCertificate</name>
    <message>
        <location filename="../../ssclient/gui/paying/texts.py" line="89"/>
        <source>Electronic payment certificate</source>
        <translation>电子缴费凭证</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/texts.py" line="90"/>
        <source>Social insurance contributions</source>
        <translation>社会保险费</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/texts.py" line="91"/>
        <source>Certificate number</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/texts.py" line="92"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/texts.py" line="93"/>
        <source>Contributions for</source>
        <translation>费款所属期</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/texts.py" line="94"/>
        <source>Payment declaration</source>
        <translation>费款申报</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/texts.py" line="95"/>
        <source>Paid at</source>
        <translation>缴费时间</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/texts.py" line="96"/>
        <source>Collected</source>
        <translation>扣款方式</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/texts.py" line="97"/>
        <source>at the unit&apos;s request</source>
        <translation>单位申请扣款</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/texts.py" line="100"/>
        <source>by the agency on the payment deadline</source>
        <translation>经办机构于缴费截止日扣款</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/texts.py" line="101"/>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/texts.py" line="102"/>
        <source>Account</source>
        <translation>缴费账号</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/texts.py" line="103"/>
        <source>Bank agreement number</source>
        <translation>三方协议号</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/texts.py" line="104"/>
        <source>Amounts</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/texts.py" line="105"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/texts.py" line="106"/>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/texts.py" line="107"/>
        <source>Contributions</source>
        <translation>社会保险费</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/texts.py" line="110"/>
        <source>Late fee: {days} days after the deadline {deadline}, 0.05 % a day</source>
        <translation>滞纳金：缴费截止日 {deadline} 后 {days} 天，按日万分之五</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/texts.py" line="113"/>
        <source>Late fee (paid by the deadline {deadline})</source>
        <translation>滞纳金（于缴费截止日 {deadline} 前缴纳）</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/texts.py" line="114"/>
        <source>Total paid</source>
        <translation>实缴合计</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/texts.py" line="118"/>
        <source>Late fee: Social Insurance Law of the People&apos;s Republic of China, article 86.</source>
        <translation>滞纳金依据：《中华人民共和国社会保险法》第八十六条。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/texts.py" line="123"/>
        <source>Issued by the agency when it collected the contributions through the unit&apos;s bank agreement. This certificate can be printed again from Query → Payments at any time.</source>
        <translation>本凭证由经办机构通过单位三方协议扣缴费款时出具，可随时在“查询 → 缴费情况”中重新打印。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/texts.py" line="126"/>
        <source>Certificate {number} · page {page} of {pages}</source>
        <translation>凭证号 {number} · 第 {page} 页，共 {pages} 页</translation>
    </message>
</context>
<context>
    <name>PaymentStatusLabel</name>
    <message>
        <location filename="../../ssclient/gui/paying/home_status.py" line="57"/>
        <source>The contributions for %1 are paid.</source>
        <translation>%1 的社会保险费已缴纳。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/home_status.py" line="59"/>
        <source>The collection for %1 failed: %2. %3</source>
        <translation>%1 的扣款失败：%2。%3</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/home_status.py" line="63"/>
        <source>%1 is due for %2 by %3 (Query → Payments).</source>
        <translation>%2 应缴 %1，缴费截止日 %3（查询 → 缴费情况）。</translation>
    </message>
</context>
<context>
    <name>PaymentsWindow</name>
    <message>
        <location filename="../../ssclient/gui/paying/window.py" line="77"/>
        <source>Bank agreement (三方协议)</source>
        <translation>三方协议</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/window.py" line="78"/>
        <source>Reading the agreement…</source>
        <translation>正在读取三方协议…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/window.py" line="82"/>
        <source>Bank agreement…</source>
        <translation>三方协议…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/window.py" line="97"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/window.py" line="98"/>
        <source>Pay…</source>
        <translation>缴费…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/window.py" line="100"/>
        <source>Print certificate…</source>
        <translation>打印缴费凭证…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/window.py" line="123"/>
        <source>Reading the payments…</source>
        <translation>正在读取缴费情况…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/window.py" line="139"/>
        <source>No bank agreement is registered: register the unit&apos;s agreement to pay through it.</source>
        <translation>未登记三方协议：请登记单位的三方协议后通过协议缴费。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/window.py" line="142"/>
        <source>%1 · account %2 · agreement %3</source>
        <translation>%1 · 账号 %2 · 协议号 %3</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/window.py" line="150"/>
        <source>voided by the bank: sign a new agreement with the bank and register it here.</source>
        <translation>银行已作废：请与银行重新签订协议并在此登记。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/window.py" line="152"/>
        <source>The agreement number&apos;s form check is illustrative (no public source).</source>
        <translation>协议号的格式校验仅为示意（无公开依据）。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/window.py" line="167"/>
        <source>No month has an approved payment declaration yet: declare the payment first.</source>
        <translation>尚无已审核的费款申报：请先进行费款申报。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/window.py" line="171"/>
        <source>Months: %1 · not paid: %2</source>
        <translation>月份：%1 · 未缴：%2</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/window.py" line="205"/>
        <source>%1: %2 was paid, more than the approved payment declaration now asks (%3): ask the agency to refund the difference.</source>
        <translation>%1：已缴 %2，多于现行已审核费款申报的金额（%3）：请向经办机构申请退还差额。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/window.py" line="213"/>
        <source>%1 is paid. Print certificate… prints its electronic payment certificate (%2).</source>
        <translation>%1 已缴费。“打印缴费凭证…”可打印其电子缴费凭证（%2）。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/window.py" line="216"/>
        <source>%1: the collection failed: %2. %3</source>
        <translation>%1：扣款失败：%2。%3</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/window.py" line="224"/>
        <source>An agreement is registered now: click Pay.</source>
        <translation>现已登记三方协议：请点击缴费。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/window.py" line="231"/>
        <source>%1: %2 is due by %3. The agency collects it only through the unit&apos;s bank agreement: register the agreement (Bank agreement…), then click Pay.</source>
        <translation>%1：%2 应于 %3 前缴纳。经办机构只能通过单位的三方协议扣款：请先登记三方协议（三方协议…），再点击缴费。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/window.py" line="236"/>
        <source>%1: %2 is due by %3. Pay collects it now; the agency collects it through the agreement on %3 if it is not paid before.</source>
        <translation>%1：%2 应于 %3 前缴纳。点击缴费立即扣款；如届时仍未缴纳，经办机构将于 %3 通过三方协议扣款。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/window.py" line="246"/>
        <source>Paid today, it is %1 days late: a late fee of %2 is added (0.05 % a day, Social Insurance Law art. 86).</source>
        <translation>今日缴纳已逾期 %1 天：加收滞纳金 %2（按日万分之五，《社会保险法》第八十六条）。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/window.py" line="281"/>
        <source>Reading the bank agreement… click Pay again once it shows.</source>
        <translation>正在读取三方协议…显示后请再次点击缴费。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/window.py" line="285"/>
        <source>Pay %1 for %2 from %3 now?</source>
        <translation>现在从 %3 缴纳 %2 的费款 %1 吗？</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/window.py" line="289"/>
        <source>It includes a late fee of %1 for %2 days after the deadline.</source>
        <translation>其中含缴费截止日后 %2 天的滞纳金 %1。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/window.py" line="292"/>
        <location filename="../../ssclient/gui/paying/window.py" line="308"/>
        <source>Pay</source>
        <translation>缴费</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/window.py" line="303"/>
        <source>The bank has voided the unit&apos;s agreement, so nothing can be collected. Sign a new agreement with the bank, then register it here. Register it now?</source>
        <translation>银行已注销单位的三方协议，无法扣款。请与银行重新签订协议，并在此登记。现在登记吗？</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/window.py" line="308"/>
        <source>No bank agreement is registered: the agency collects contributions only through the unit&apos;s agreement with its bank (三方协议). Register it now?</source>
        <translation>尚未登记三方协议：经办机构只能通过单位与银行签订的三方协议扣缴费款。现在登记吗？</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/window.py" line="314"/>
        <source>Paying %1…</source>
        <translation>正在缴纳 %1 的费款…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/window.py" line="324"/>
        <source>%1 has nothing left to pay.</source>
        <translation>%1 已无待缴费款。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/window.py" line="327"/>
        <source>%1 paid: %2 (certificate %3).</source>
        <translation>%1 已缴费：%2（凭证号 %3）。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/window.py" line="334"/>
        <source>The payment of %1 failed: %2. %3</source>
        <translation>%1 缴费失败：%2。%3</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/window.py" line="357"/>
        <source>Save the payment certificate</source>
        <translation>保存缴费凭证</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/window.py" line="358"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/window.py" line="377"/>
        <source>Writing the certificate…</source>
        <translation>正在生成缴费凭证…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/paying/window.py" line="387"/>
        <source>The certificate was saved to %1.</source>
        <translation>缴费凭证已保存到 %1。</translation>
    </message>
</context>
</TS>
