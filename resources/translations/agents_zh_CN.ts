<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AgentBoard</name>
    <message>
        <location filename="../../ssclient/gui/agents/board.py" line="50"/>
        <source>Month board — units that mandated agent %1</source>
        <translation>月度看板 — 委托代理机构 %1 的单位</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/agents/board.py" line="53"/>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/agents/board.py" line="58"/>
        <source>Offline — agent %1: the units opened on this computer, from their data here. Documents you declare wait in each unit&apos;s outbox; log in online to send them.</source>
        <translation>离线 — 代理机构 %1：本机打开过的单位，数据取自本机。申报的单据在各单位的待发送箱中等候，联网登录后发送。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/agents/board.py" line="60"/>
        <source>Agent %1: the units whose mandate to you is in force.</source>
        <translation>代理机构 %1：委托有效的单位。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/agents/board.py" line="34"/>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/agents/board.py" line="68"/>
        <source>Reading the units&apos; data…</source>
        <translation>正在读取各单位的数据…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/agents/board.py" line="80"/>
        <source>Period %1: this agent has opened no unit on this computer yet; log in online.</source>
        <translation>%1 期：本代理机构尚未在本机打开过任何单位，请联网登录。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/agents/board.py" line="85"/>
        <source>Period %1: no unit has mandated this agent yet. A unit&apos;s administrator grants the mandate with the agent code (System → Agents).</source>
        <translation>%1 期：尚无单位委托本代理机构。单位管理员可凭代理机构代码授予委托（系统 → 代理机构）。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/agents/board.py" line="90"/>
        <source>Not opened on this computer yet: open it to make its data file here.</source>
        <translation>尚未在本机打开：打开即会在本机建立其数据文件。</translation>
    </message>
</context>
<context>
    <name>AgentLogin</name>
    <message>
        <location filename="../../ssclient/gui/agents/login_mode.py" line="33"/>
        <source>Log in as</source>
        <translation>登录身份</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/agents/login_mode.py" line="34"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/agents/login_mode.py" line="37"/>
        <source>Agent (accounting agency)</source>
        <translation>代理机构（代理记账）</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/agents/login_mode.py" line="46"/>
        <source>An accounting agency logs in with its agent code and declares for every unit that mandated it (the unit&apos;s administrator grants the mandate under System → Agents).</source>
        <translation>代理记账机构使用代理机构代码登录，为委托它的每个单位办理申报（单位管理员在“系统 → 代理机构”中授予委托）。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/agents/login_mode.py" line="77"/>
        <source>Agent code</source>
        <translation>代理机构代码</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/agents/login_mode.py" line="85"/>
        <source>The agent code you received at registration, e.g. 190000001</source>
        <translation>注册时获得的代理机构代码，例如 190000001</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/agents/login_mode.py" line="94"/>
        <source>Register a new agent…</source>
        <translation>注册新代理机构…</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/agents/login_mode.py" line="108"/>
        <source>Enter the agent code: the code the accounting agency received at its registration.</source>
        <translation>请输入代理机构代码：代理记账机构注册时获得的代码。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/agents/login_mode.py" line="180"/>
        <source>The agency cannot be reached, and agent %1 has not logged in online on this computer yet, so it cannot log in offline. Check the network and the agency address (Settings…), then log in online once.</source>
        <translation>无法连接经办机构，且代理机构 %1 尚未在本机联网登录过，因此不能离线登录。请检查网络和经办机构地址（设置…），然后先联网登录一次。</translation>
    </message>
</context>
<context>
    <name>AgentRegisterDialog</name>
    <message>
        <location filename="../../ssclient/gui/agents/register.py" line="31"/>
        <source>Register a new agent</source>
        <translation>注册新代理机构</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/agents/register.py" line="40"/>
        <source>Register your accounting agency (代理记账) as an agent. Units then mandate it with its agent code. Fields marked * are required; each is checked as you type.</source>
        <translation>将您的代理记账机构注册为代理机构，各单位随后凭其代理机构代码授予委托。标有 * 的字段为必填项，输入时即会检查。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/agents/register.py" line="41"/>
        <source>The agent is registered.</source>
        <translation>代理机构注册成功。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/agents/register.py" line="42"/>
        <source>Your agent code is your user name for logging in. Write it down:</source>
        <translation>代理机构代码就是您登录的用户名，请记下：</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/agents/register.py" line="48"/>
        <source>Use the unified social credit code as the initial password</source>
        <translation>使用统一社会信用代码作为初始密码</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/agents/register.py" line="49"/>
        <source>Copy the agent code</source>
        <translation>复制代理机构代码</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/agents/register.py" line="56"/>
        <source>Enter the contact person.</source>
        <translation>请输入联系人。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/agents/register.py" line="65"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/agents/register.py" line="75"/>
        <source>Correct the fields marked in red, then register again.</source>
        <translation>请更正红色标出的字段，然后重新注册。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/agents/register.py" line="92"/>
        <source>Log in as an agent with this agent code and the unified social credit code as the password. You will be asked to choose a new password at the first log-in.</source>
        <translation>请以代理机构身份登录：使用此代理机构代码，密码为统一社会信用代码。首次登录时将要求您设置新密码。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/agents/register.py" line="94"/>
        <source>Log in as an agent with this agent code and the password you chose.</source>
        <translation>请以代理机构身份登录：使用此代理机构代码和您设置的密码。</translation>
    </message>
</context>
<context>
    <name>AgentSession</name>
    <message>
        <location filename="../../ssclient/gui/agents/session.py" line="76"/>
        <source>Choose a new password to continue. Log in again when you are ready.</source>
        <translation>需要设置新密码才能继续。准备好后请重新登录。</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/agents/session.py" line="164"/>
        <source>Opening unit %1…</source>
        <translation>正在打开单位 %1…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ssclient/gui/agents/login_mode.py" line="79"/>
        <source>Unit code</source>
        <translation>单位编号</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/agents/login_mode.py" line="89"/>
        <source>The code you received at registration, e.g. 170000001</source>
        <translation>注册时获得的编号，例如 170000001</translation>
    </message>
    <message>
        <location filename="../../ssclient/gui/agents/login_mode.py" line="96"/>
        <source>Register a new unit…</source>
        <translation>注册新单位…</translation>
    </message>
</context>
</TS>
