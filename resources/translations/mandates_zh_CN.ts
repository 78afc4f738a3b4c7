<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Mandates</name>
    <message>
        <location filename="../../ssclient/gui/mandates/actions.py" line="17"/>
        <source>Agents (mandates)…</source>
        <translation>代理机构（委托）…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/mandates/actions.py" line="23"/>
        <source>Only the unit&apos;s administrator manages mandates.</source>
        <translation>只有单位管理员可以管理委托。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/mandates/actions.py" line="33"/>
        <source>Agents</source>
        <translation>代理机构</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/mandates/texts.py" line="19"/>
        <source>Agent %1</source>
        <translation>代理机构 %1</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/mandates/texts.py" line="29"/>
        <source>There is no agent with this code. Ask the accounting agency for its agent code and enter it exactly.</source>
        <translation>没有此代码的代理机构。请向代理记账机构索取其代理机构代码，并准确输入。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/mandates/texts.py" line="32"/>
        <source>This agent already holds a mandate from this unit; there is nothing to grant.</source>
        <translation>该代理机构已持有本单位的委托，无需再次授予。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/mandates/texts.py" line="36"/>
        <source>This agent holds no mandate from this unit, so there is nothing to withdraw. Refresh the list.</source>
        <translation>该代理机构未持有本单位的委托，无可撤回。请刷新列表。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/mandates/texts.py" line="40"/>
        <source>Only the unit&apos;s administrator (the unit&apos;s own log-in) can do this; ask the administrator.</source>
        <translation>只有单位管理员（单位本身的登录）可以执行此操作，请联系管理员。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/mandates/texts.py" line="45"/>
        <source>This unit has withdrawn its mandate: nothing more can be done for it. Ask the unit&apos;s administrator to grant it again if the work should go on.</source>
        <translation>该单位已撤回委托，不能再为其办理任何业务。如需继续办理，请联系该单位管理员重新授予委托。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/mandates/texts.py" line="48"/>
        <source>This unit has given you no mandate. Choose one of the units that mandated you.</source>
        <translation>该单位未委托您。请从委托您的单位中选择。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/mandates/texts.py" line="51"/>
        <source>Only an agent (an accounting agency) can do this; log in as one.</source>
        <translation>只有代理机构（代理记账机构）可以执行此操作，请以代理机构身份登录。</translation>
    </message>
</context>
<context>
    <name>MandatesWindow</name>
    <message>
        <location filename="../../ssclient/gui/mandates/window.py" line="40"/>
        <source>Agents</source>
        <translation>代理机构</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/mandates/window.py" line="50"/>
        <source>Only the unit&apos;s administrator manages mandates.</source>
        <translation>只有单位管理员可以管理委托。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/mandates/window.py" line="59"/>
        <source>Accounting agencies (agents) that may declare for unit %1. An agent logs in with its own agent code and works for the unit only while its mandate is in force.</source>
        <translation>可以为单位 %1 申报的代理记账机构（代理机构）。代理机构使用自己的代理机构代码登录，仅在委托有效期间为本单位办理业务。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/mandates/window.py" line="65"/>
        <location filename="../../ssclient/gui/mandates/window.py" line="77"/>
        <source>Agent code</source>
        <translation>代理机构代码</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/mandates/window.py" line="69"/>
        <source>as the agency gave it, e.g. 190123456</source>
        <translation>按代理机构提供的填写，例如 190123456</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/mandates/window.py" line="72"/>
        <source>Grant mandate</source>
        <translation>授予委托</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/mandates/window.py" line="77"/>
        <source>Agent</source>
        <translation>代理机构</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/mandates/window.py" line="77"/>
        <source>Granted</source>
        <translation>授予时间</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/mandates/window.py" line="77"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/mandates/window.py" line="87"/>
        <source>Withdraw mandate</source>
        <translation>撤回委托</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/mandates/window.py" line="89"/>
        <source>The agent&apos;s next request for this unit is refused.</source>
        <translation>该代理机构下一次为本单位提交的请求将被拒绝。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/mandates/window.py" line="91"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/mandates/window.py" line="101"/>
        <source>Reading the mandates from the agency…</source>
        <translation>正在从经办机构读取委托…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ssclient/gui/mandates/window.py" line="107"/>
        <source>%n agent(s) hold a mandate from this unit.</source>
        <translation>
            <numerusform>共有 %Ln 家代理机构持有本单位的委托。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/mandates/window.py" line="113"/>
        <source>In force</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/mandates/window.py" line="114"/>
        <source>Withdrawn on %1</source>
        <translation>已于 %1 撤回</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/mandates/window.py" line="153"/>
        <source>The agent %1 may now declare for this unit.</source>
        <translation>代理机构 %1 现在可以为本单位申报。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/mandates/window.py" line="160"/>
        <source>The mandate of %1 is withdrawn: its next request for this unit is refused.</source>
        <translation>已撤回 %1 的委托：其下一次为本单位提交的请求将被拒绝。</translation>
    </message>
</context>
</TS>
