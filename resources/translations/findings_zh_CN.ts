<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>Finding</name>
    <message>
      <source>Enter the ID number.</source>
      <translation>请填写身份证号码。</translation>
    </message>
    <message>
      <source>This is an old 15-digit ID number; enter the person's 18-digit ID number.</source>
      <translation>这是旧的15位身份证号码，请填写本人的18位身份证号码。</translation>
    </message>
    <message>
      <source>An ID number has 18 characters; this one has {length}.</source>
      <translation>身份证号码应为18位，此号码为{length}位。</translation>
    </message>
    <message>
      <source>An ID number is 17 digits followed by a digit or X.</source>
      <translation>身份证号码由17位数字加1位数字或X组成。</translation>
    </message>
    <message>
      <source>The ID number's last character does not match; check the number for a typing error.</source>
      <translation>身份证号码末位校验码不符，请检查号码是否录入有误。</translation>
    </message>
    <message>
      <source>The ID number holds no real birth date ({value}).</source>
      <translation>身份证号码中的出生日期（{value}）不是有效日期。</translation>
    </message>
    <message>
      <source>The birth date in the ID number ({value}) lies in the future.</source>
      <translation>身份证号码中的出生日期（{value}）晚于今天。</translation>
    </message>
    <message>
      <source>The ID number starts with an unknown region code ({value}).</source>
      <translation>身份证号码开头的行政区划代码（{value}）不存在。</translation>
    </message>
    <message>
      <source>Unknown ID type {value}; choose 居民身份证, 港澳台居民居住证, 外国人永久居留身份证 or 护照.</source>
      <translation>证件类型“{value}”无法识别，请选择居民身份证、港澳台居民居住证、外国人永久居留身份证或护照。</translation>
    </message>
    <message>
      <source>A number starting 810000, 820000 or 830000 is a Hong Kong, Macao or Taiwan residents' residence permit; choose that ID type.</source>
      <translation>以810000、820000或830000开头的号码是港澳台居民居住证号码，请选择证件类型“港澳台居民居住证”。</translation>
    </message>
    <message>
      <source>A Hong Kong, Macao or Taiwan residence permit number starts with 810000, 820000 or 830000, not {value}.</source>
      <translation>港澳台居民居住证号码以810000、820000或830000开头，不能以{value}开头。</translation>
    </message>
    <message>
      <source>A foreign permanent resident ID card number has 18 characters starting with 9.</source>
      <translation>外国人永久居留身份证号码为18位，以9开头。</translation>
    </message>
    <message>
      <source>A passport number has 5 to 20 letters and digits.</source>
      <translation>护照号码由5至20位字母和数字组成。</translation>
    </message>
    <message>
      <source>Enter the passport holder's nationality.</source>
      <translation>请填写护照持有人的国籍。</translation>
    </message>
    <message>
      <source>The nationality must be a country's name or code, not {value}.</source>
      <translation>国籍应填写国家名称或代码，不能为“{value}”。</translation>
    </message>
    <message>
      <source>The person is {age} in {period}; insured persons must be at least {minimum}.</source>
      <translation>此人在{period}时为{age}周岁，参保人员须年满{minimum}周岁。</translation>
    </message>
    <message>
      <source>The person reaches the statutory retirement age of {years} years {months} months in {month} and cannot be newly insured in {period} ({rule}).</source>
      <translation>此人于{month}达到法定退休年龄{years}岁{months}个月，{period}不能新参保或续保（依据：{rule}）。</translation>
    </message>
    <message>
      <source>Choose whether she retires as a worker or as a cadre: as a worker she reached retirement age in {worker}, as a cadre she reaches it in {cadre}.</source>
      <translation>请选择女职工类别（女职工或女干部）：按女职工，她已于{worker}达到退休年龄；按女干部，她将于{cadre}达到退休年龄。</translation>
    </message>
    <message>
      <source>The women's retirement category is worker (女职工) or cadre (女干部), not {value}.</source>
      <translation>女职工退休类别应为女职工或女干部，不能为“{value}”。</translation>
    </message>
    <message>
      <source>Enter the name.</source>
      <translation>请填写姓名。</translation>
    </message>
    <message>
      <source>A name cannot contain digits.</source>
      <translation>姓名中不能含有数字。</translation>
    </message>
    <message>
      <source>The name contains characters a name cannot have: {value}.</source>
      <translation>姓名中含有不允许的字符：{value}。</translation>
    </message>
    <message>
      <source>A name on a Chinese identity document is written in Chinese characters, without Latin letters; a foreigner's name goes with a foreigner's ID type.</source>
      <translation>中国证件上的姓名用汉字书写，不能含拉丁字母；外国人的姓名请选择外国人的证件类型。</translation>
    </message>
    <message>
      <source>A foreigner's name is written in Latin letters, spaces and hyphens as on the document, without {value}.</source>
      <translation>外国人姓名按证件用拉丁字母、空格和连字符书写，不能含有：{value}。</translation>
    </message>
    <message>
      <source>A name has {minimum} to {maximum} characters; this one has {length}.</source>
      <translation>姓名应为{minimum}至{maximum}个字，此处为{length}个字。</translation>
    </message>
    <message>
      <source>The roster has this ID number under the name {expected}.</source>
      <translation>本单位参保名册中此身份证号码对应的姓名为{expected}。</translation>
    </message>
    <message>
      <source>Enter the company name.</source>
      <translation>请填写单位名称。</translation>
    </message>
    <message>
      <source>A company name has at most {maximum} characters.</source>
      <translation>单位名称最多{maximum}个字。</translation>
    </message>
    <message>
      <source>Enter the unified social credit code.</source>
      <translation>请填写统一社会信用代码。</translation>
    </message>
    <message>
      <source>The unified social credit code is not valid: {reason}.</source>
      <translation>统一社会信用代码无效：{reason}。</translation>
    </message>
    <message>
      <source>Enter the tax registration number.</source>
      <translation>请填写税务登记号。</translation>
    </message>
    <message>
      <source>The tax registration number is not valid: {reason}.</source>
      <translation>税务登记号无效：{reason}。</translation>
    </message>
    <message>
      <source>The work-injury industry class is a whole number from 1 to 8, not {value}; see the unit's registration with the agency.</source>
      <translation>工伤保险行业风险类别应为1至8的整数，不能为“{value}”；请查看单位在经办机构的登记信息。</translation>
    </message>
    <message>
      <source>The password needs at least {minimum} characters with letters and digits.</source>
      <translation>密码至少{minimum}位，且须同时包含字母和数字。</translation>
    </message>
    <message>
      <source>The new password must differ from the old one and from the tax registration number.</source>
      <translation>新密码不能与原密码或税务登记号相同。</translation>
    </message>
    <message>
      <source>Too easy to guess: avoid common passwords, simple patterns and the unit's codes.</source>
      <translation>密码太容易被猜到：请避免常见密码、简单规律和本单位的编码。</translation>
    </message>
    <message>
      <source>A password cannot contain control characters.</source>
      <translation>密码不能包含控制字符。</translation>
    </message>
    <message>
      <source>Choose the household registration type.</source>
      <translation>请选择户口性质。</translation>
    </message>
    <message>
      <source>Unknown household registration type {value}; use 11, 12, 21, 22 or 30 (居民户口).</source>
      <translation>户口性质“{value}”无法识别，请填写11、12、21、22或30（本地城镇、外地城镇、本地农村、外地农村、居民户口）。</translation>
    </message>
    <message>
      <source>A local urban household registration (本地城镇) does not go with a migrant worker (外来务工 = 是); correct one of the two answers.</source>
      <translation>户口性质为本地城镇的人员不是外来务工人员（是否外来务工填了“是”），请更正其中一项。</translation>
    </message>
    <message>
      <source>Enter the declared wage base.</source>
      <translation>请填写申报工资（缴费基数）。</translation>
    </message>
    <message>
      <source>The wage base must be an amount such as 6500.00, not {value}.</source>
      <translation>申报工资应为金额，如6500.00，而不是“{value}”。</translation>
    </message>
    <message>
      <source>The wage base has at most two decimals.</source>
      <translation>申报工资最多保留两位小数。</translation>
    </message>
    <message>
      <source>The declared wage must be more than zero.</source>
      <translation>申报工资必须大于零。</translation>
    </message>
    <message>
      <source>The declared wage {value} yuan is below the contribution base floor; contributions are computed on the floor of {limit} yuan.</source>
      <translation>申报工资 {value} 元低于缴费基数下限，按下限 {limit} 元计算。</translation>
    </message>
    <message>
      <source>The declared wage {value} yuan is above the contribution base ceiling; contributions are computed on the ceiling of {limit} yuan.</source>
      <translation>申报工资 {value} 元高于缴费基数上限，按上限 {limit} 元计算。</translation>
    </message>
    <message>
      <source>Choose yes or no.</source>
      <translation>请选择“是”或“否”。</translation>
    </message>
    <message>
      <source>Answer yes or no (是/否, Y/N, 1/0), not {value}.</source>
      <translation>请填写“是”或“否”（是/否、Y/N、1/0），而不是“{value}”。</translation>
    </message>
    <message>
      <source>Migrant-worker insurance is usually for migrant workers only.</source>
      <translation>农民工保险通常仅适用于外来务工人员。</translation>
    </message>
    <message>
      <source>Migrant-worker insurance needs the home province, city and county.</source>
      <translation>参加农民工保险须填写户籍所在的省、市、县。</translation>
    </message>
    <message>
      <source>Unknown province {value}.</source>
      <translation>省份“{value}”不存在。</translation>
    </message>
    <message>
      <source>{value} is not a city of {parent}.</source>
      <translation>“{value}”不是{parent}下辖的市。</translation>
    </message>
    <message>
      <source>{value} is not a county of {parent}.</source>
      <translation>“{value}”不是{parent}下辖的县（区）。</translation>
    </message>
    <message>
      <source>The declaration has no people in it.</source>
      <translation>申报中没有任何人员。</translation>
    </message>
    <message>
      <source>One declaration holds at most {maximum} people and this one has {count}: the agency would refuse it. Split the people into several documents (an import from a spreadsheet does so by itself, and the annual base window when the document is opened there and saved again).</source>
      <translation>一份单据最多可含 {maximum} 人，本单据有 {count} 人，经办机构不会受理。请将人员分成几份单据申报（从电子表格导入时会自动按每 {maximum} 人分份；年度缴费工资申报单据在年度缴费工资申报窗口中打开并重新保存即可自动分份）。</translation>
    </message>
    <message>
      <source>One payment declaration holds at most {maximum} lines and this one has {count}: the agency cannot take this unit's payment in one declaration. Ask the agency how to declare it.</source>
      <translation>一份费款申报最多可含 {maximum} 条明细，本单据有 {count} 条：经办机构无法在一份申报中受理本单位的费款。请向经办机构咨询申报方式。</translation>
    </message>
    <message>
      <source>The same person appears more than once (lines {lines}).</source>
      <translation>同一人员重复出现（第{lines}行）。</translation>
    </message>
    <message>
      <source>Personnel documents of {period} ({count}) are declared with this payment or still wait for the agency's answer: the payment would no longer match once they are approved. Declare it after they are answered, and compute it again first.</source>
      <translation>{period}的人员变动单据（{count} 份）与此费款一同申报或仍在等待经办机构答复：它们审核通过后，此费款将不再相符。请在它们有答复之后，重新计算再申报。</translation>
    </message>
    <message>
      <source>The payment declaration for {period} is already approved (serial {serial}): once this change is approved, revise the payment so that it matches.</source>
      <translation>{period}的费款申报已审核通过（流水号 {serial}）：此变更审核通过后，请更正费款申报使其相符。</translation>
    </message>
    <message>
      <source>Also in {document}, declared together: the agency would refuse one. Keep the person in one document.</source>
      <translation>此人也在一同申报的{document}中，经办机构会退回其中一份。请只在一份单据中保留此人。</translation>
    </message>
    <message>
      <source>This person is already insured by your unit; use renewal or base change instead.</source>
      <translation>此人已在本单位参保，请改用续保或缴费工资申报。</translation>
    </message>
    <message>
      <source>Renewal is for people whose insurance with your unit was interrupted.</source>
      <translation>续保仅适用于在本单位已停保的人员。</translation>
    </message>
    <message>
      <source>This person's insurance with your unit was interrupted from {since}: someone coming back is declared by renewal (with the back payment it allows), not as a new add.</source>
      <translation>此人在本单位的参保自 {since} 起已停保：回到本单位的人员请用续保申报（可按规定补缴），而不是新增参保。</translation>
    </message>
    <message>
      <source>This person is not actively insured by your unit.</source>
      <translation>此人目前不在本单位参保。</translation>
    </message>
    <message>
      <source>This person is actively insured by another unit; that unit must interrupt first.</source>
      <translation>此人正在其他单位参保，须由该单位先办理停保。</translation>
    </message>
    <message>
      <source>Declarations are accepted on days {first} to {last} of each month, and today is day {day}. Keep it in the draft box and declare it when the window opens.</source>
      <translation>每月{first}日至{last}日受理申报，今天是{day}日。请先保存在草稿箱，待受理期开始后再申报。</translation>
    </message>
    <message>
      <source>Declarations are for the current period {expected}, not {value}.</source>
      <translation>只能申报当期（{expected}），不能申报{value}。</translation>
    </message>
    <message>
      <source>Back payment for {insurance} can be {allowed} months, not {value}.</source>
      <translation>{insurance}补缴月数可为{allowed}个月，不能为{value}个月。</translation>
    </message>
    <message>
      <source>Back payment of {value} months reaches before the interruption in {since}.</source>
      <translation>补缴{value}个月将早于{since}的停保时间。</translation>
    </message>
    <message>
      <source>Enter the reason for the interruption.</source>
      <translation>请填写停保原因。</translation>
    </message>
    <message>
      <source>The effective month must look like 2026-11, not {value}.</source>
      <translation>生效年月应写成2026-11这样的格式，而不是“{value}”。</translation>
    </message>
    <message>
      <source>The new base can take effect from {earliest} at the earliest.</source>
      <translation>新缴费基数最早可从{earliest}起生效。</translation>
    </message>
    <message>
      <source>The new base can take effect until {latest} at the latest.</source>
      <translation>新缴费基数最晚可于{latest}生效。</translation>
    </message>
    <message>
      <source>The new base cannot take effect in {value}: the person is insured by your unit from {since} on.</source>
      <translation>新缴费基数不能从{value}起生效：此人自{since}起才在本单位参保。</translation>
    </message>
    <message>
      <source>The new base equals the current one ({value}).</source>
      <translation>新缴费基数与当前基数（{value}）相同。</translation>
    </message>
    <message>
      <source>An average monthly wage of {average} gives a base of {expected} under this year's floor and ceiling, not {value}; import the wages again.</source>
      <translation>月平均工资{average}按本年度缴费基数上下限核定的缴费基数应为{expected}，而不是{value}；请重新导入工资。</translation>
    </message>
    <message>
      <source>The annual base takes effect from {expected}, the first month of this year's policy, not {value}.</source>
      <translation>年度缴费基数自本年度政策的首月{expected}起生效，而不是{value}。</translation>
    </message>
    <message>
      <source>No one on your unit's roster has this ID number. An information change cannot correct an ID number: if the number on record is wrong, take the police's proof of the change of number to the agency's counter, which corrects the record there. Someone not yet insured by your unit is declared with Add personnel.</source>
      <translation>本单位参保人员名册中没有此身份证号码。人员信息变更不能更正身份证号码：如登记的号码有误，请持公安机关出具的号码变更证明到经办机构窗口办理，由窗口更正档案；尚未在本单位参保的人员请通过新增参保申报。</translation>
    </message>
    <message>
      <source>Nothing here differs from the roster: correct at least one fact, or leave this person out.</source>
      <translation>与参保人员名册登记的信息相同：请至少更正一项信息，或不申报此人。</translation>
    </message>
    <message>
      <source>An ID number cannot be changed by an information change: it is the key of the person's record. Take the police's proof of the change of number to the agency's counter, which corrects the record there; your roster follows at your next log-in.</source>
      <translation>人员信息变更不能更改身份证号码：身份证号码是人员档案的标识。请持公安机关出具的号码变更证明到经办机构窗口办理，由窗口更正档案；下次登录时本单位的参保人员名册随之更新。</translation>
    </message>
    <message>
      <source>The {share} amount for {insurance} in {period} should be {expected}, not {value}.</source>
      <translation>{period}{insurance}的{share}应为{expected}，而不是{value}。</translation>
    </message>
    <message>
      <source>The payment declaration lacks {insurance} for {name} ({id_number}) in {period}: {amount} is due.</source>
      <translation>费款申报缺少{name}（{id_number}）{period}的{insurance}，应缴{amount}。</translation>
    </message>
    <message>
      <source>This person owes no {insurance} contribution for {period}.</source>
      <translation>此人{period}无需缴纳{insurance}。</translation>
    </message>
    <message>
      <source>The base for {insurance} in {period} should be {expected}, not {value}.</source>
      <translation>{period}{insurance}的缴费基数应为{expected}，而不是{value}。</translation>
    </message>
    <message>
      <source>This line repeats line {line}: the same person, insurance type and month.</source>
      <translation>此行与第{line}行重复：人员、险种和月份均相同。</translation>
    </message>
    <message>
      <source>Not an amount: {value}.</source>
      <translation>“{value}”不是有效金额。</translation>
    </message>
    <message>
      <source>Enter the contact person.</source>
      <translation>请填写联系人。</translation>
    </message>
    <message>
      <source>The payment for {period} is already declared (serial number {serial}); revise that record instead.</source>
      <translation>{period} 的费款已经申报（流水号 {serial}），请改为修改那条申报记录。</translation>
    </message>
    <message>
      <source>A payment declaration carries payment lines, not personnel lines.</source>
      <translation>费款申报只能包含缴费明细，不能包含人员信息。</translation>
    </message>
    <message>
      <source>Only a payment declaration carries payment lines.</source>
      <translation>只有费款申报才能包含缴费明细。</translation>
    </message>
    <message>
      <source>A payment line of this declaration must be for {expected}, not {value}.</source>
      <translation>本申报的缴费明细应属于 {expected}，而不是 {value}。</translation>
    </message>
    <message>
      <source>The agency could not read this value ({type}); check the program is up to date.</source>
      <translation>经办机构无法识别此项内容（{type}），请确认本程序为最新版本。</translation>
    </message>
    <message>
      <source>This unit has withdrawn its mandate: nothing more can be done for it. Ask the unit's administrator to grant it again if the work should go on.</source>
      <translation>该单位已撤回委托，不能再为其办理任何业务。如需继续办理，请联系该单位管理员重新授予委托。</translation>
    </message>
    <message>
      <source>There is no such unit among those that mandated you.</source>
      <translation>委托您的单位中没有此单位。</translation>
    </message>
    <message>
      <source>The ID number was stored as a number, so Excel kept only its first 15 digits ({value}); format the column as Text and type the number again.</source>
      <translation>身份证号码被存成了数字，Excel只保留了前15位（{value}）；请将该列设置为“文本”格式后重新录入号码。</translation>
    </message>
    <message>
      <source>The cell holds a formula ({formula}) whose result was never saved; open the file in Excel or WPS, save it, and try again, or type the value itself.</source>
      <translation>单元格中是公式（{formula}），但文件中没有保存其计算结果；请用Excel或WPS打开文件并保存后重试，或直接录入数值。</translation>
    </message>
    <message>
      <source>The cell holds a formula; its saved result {value} was used.</source>
      <translation>单元格中是公式，已采用文件中保存的计算结果{value}。</translation>
    </message>
    <message>
      <source>The cell shows the error {value}; correct the formula or type the value itself.</source>
      <translation>单元格显示错误值{value}；请修改公式或直接录入数值。</translation>
    </message>
    <message>
      <source>The cell holds a date ({value}) where a date makes no sense; format the cell as Text and type the value again.</source>
      <translation>单元格中是日期（{value}），此处不应为日期；请将单元格设置为“文本”格式后重新录入。</translation>
    </message>
    <message>
      <source>The cell holds the number {value}, which Excel uses for the date {date}; it was read as {month}. Check the month, and type months as text such as 2026-11.</source>
      <translation>单元格中是数字{value}，Excel用它表示日期{date}，已按{month}读取。请核对月份，并以文本形式填写年月，如2026-11。</translation>
    </message>
    <message>
      <source>The cell is part of the merged cells {range}; unmerge them and fill in every row.</source>
      <translation>该单元格属于合并单元格{range}；请取消合并，并逐行填写。</translation>
    </message>
    <message>
      <source>pension</source>
      <translation>养老保险</translation>
    </message>
    <message>
      <source>medical</source>
      <translation>医疗保险</translation>
    </message>
    <message>
      <source>unemployment</source>
      <translation>失业保险</translation>
    </message>
    <message>
      <source>work injury</source>
      <translation>工伤保险</translation>
    </message>
    <message>
      <source>a credit code has 18 characters</source>
      <translation>统一社会信用代码应为18位</translation>
    </message>
    <message>
      <source>the last character does not match; check for a typing error</source>
      <translation>末位校验码不符，请检查是否录入有误</translation>
    </message>
    <message>
      <source>it uses characters or a region a credit code cannot have</source>
      <translation>含有统一社会信用代码中不允许的字符或地区代码</translation>
    </message>
    <message>
      <source>a 15-character number is a 6-digit region code and a valid organization code</source>
      <translation>15位税号应由6位行政区划代码和有效的组织机构代码组成</translation>
    </message>
    <message>
      <source>a 20-character number is an ID number followed by two digits</source>
      <translation>20位税号应为身份证号码后加两位数字</translation>
    </message>
    <message>
      <source>a tax registration number has 15, 18 or 20 characters</source>
      <translation>税务登记号应为15位、18位或20位</translation>
    </message>
    <message>
      <source>employer</source>
      <translation>单位缴费</translation>
    </message>
    <message>
      <source>employee</source>
      <translation>个人缴费</translation>
    </message>
  </context>
  <context>
    <name>SpreadsheetFile</name>
    <message>
      <source>There is no file {name}; check the folder and the file name.</source>
      <translation>找不到文件{name}，请检查文件夹和文件名。</translation>
    </message>
    <message>
      <source>The file {name} cannot be read: {reason}.</source>
      <translation>无法读取文件{name}：{reason}。</translation>
    </message>
    <message>
      <source>{name} is a folder, not a file; choose the spreadsheet file inside it.</source>
      <translation>{name}是文件夹，不是文件；请选择其中的电子表格文件。</translation>
    </message>
    <message>
      <source>{name} is not a regular file (it is a device, a pipe or a socket); save the sheet as an .xlsx or .csv file and choose that file.</source>
      <translation>{name}不是普通文件（而是设备、管道或套接字）；请把表格另存为 .xlsx 或 .csv 文件，再选择该文件。</translation>
    </message>
    <message>
      <source>The file {name} is empty.</source>
      <translation>文件{name}是空的。</translation>
    </message>
    <message>
      <source>The file {name} has column headers but no rows of people.</source>
      <translation>文件{name}只有列标题，没有人员数据。</translation>
    </message>
    <message>
      <source>The file {name} is too large ({size} MB; at most {limit} MB); split it into smaller files.</source>
      <translation>文件{name}太大（{size} MB，最大{limit} MB），请拆分成几个较小的文件。</translation>
    </message>
    <message>
      <source>{name} unpacks to {size} MB of data (at most {limit} MB), far more than a staff list; it was not opened. Copy the staff rows into a new workbook, save it, and try again.</source>
      <translation>{name}解压后有{size} MB数据（最多{limit} MB），远超一份人员名单应有的大小，因此没有打开。请把人员行复制到一个新工作簿中，保存后重试。</translation>
    </message>
    <message>
      <source>{name} is packed suspiciously tightly ({packed} KB unpack to {size} MB, as in a "zip bomb"); it was not opened. Copy the staff rows into a new workbook, save it, and try again.</source>
      <translation>{name}的压缩比异常（{packed} KB解压后为{size} MB，类似“压缩炸弹”），因此没有打开。请把人员行复制到一个新工作簿中，保存后重试。</translation>
    </message>
    <message>
      <source>{name} holds a single piece of text or markup longer than {limit} MB, which no staff list has; it was not opened. Copy the staff rows into a new workbook, save it, and try again.</source>
      <translation>{name}中有一段超过{limit} MB的文字或标记，人员名单中不会有这样的内容，因此没有打开。请把人员行复制到一个新工作簿中，保存后重试。</translation>
    </message>
    <message>
      <source>{name} holds a row longer than {limit} MB, which no staff list has; it was not opened. Copy the staff rows into a new workbook, save it, and try again.</source>
      <translation>{name}中有一行超过{limit} MB，人员名单中不会有这样的行，因此没有打开。请把人员行复制到一个新工作簿中，保存后重试。</translation>
    </message>
    <message>
      <source>Reading {name} was stopped: it needed more memory than this program allows, far more than a staff list needs. Copy the staff rows into a new workbook, save it, and try again.</source>
      <translation>读取{name}已被停止：它需要的内存超过本程序允许的上限，远超一份人员名单所需。请把人员行复制到一个新工作簿中，保存后重试。</translation>
    </message>
    <message>
      <source>Reading {name} was stopped after {seconds} seconds without progress, far longer than a staff list takes. Copy the staff rows into a new workbook, save it, and try again.</source>
      <translation>读取{name}在{seconds}秒内没有进展，已被停止；读取一份人员名单不需要这么久。请把人员行复制到一个新工作簿中，保存后重试。</translation>
    </message>
    <message>
      <source>The file {name} has more than {limit} rows; split it into smaller files.</source>
      <translation>文件{name}超过{limit}行，请拆分成几个较小的文件。</translation>
    </message>
    <message>
      <source>{name} is not a spreadsheet this program reads; save it as .xlsx or .csv.</source>
      <translation>{name}不是本程序能读取的表格文件，请另存为.xlsx或.csv格式。</translation>
    </message>
    <message>
      <source>{name} is named .xlsx but is not an Excel workbook; open the original in Excel or WPS and save it as .xlsx (or as .csv).</source>
      <translation>{name}的扩展名是.xlsx，但并不是Excel工作簿；请用Excel或WPS打开原始文件，另存为.xlsx（或.csv）格式。</translation>
    </message>
    <message>
      <source>{name} is an old Excel 97-2003 workbook; open it in Excel or WPS and save it as .xlsx.</source>
      <translation>{name}是旧版Excel 97-2003工作簿，请用Excel或WPS打开后另存为.xlsx格式。</translation>
    </message>
    <message>
      <source>{name} is protected with a password; open it in Excel or WPS, remove the password, save it, and try again.</source>
      <translation>{name}设置了打开密码；请用Excel或WPS打开，取消密码并保存后重试。</translation>
    </message>
    <message>
      <source>{name} is a damaged Excel workbook; open it in Excel or WPS, save it again, and try again.</source>
      <translation>{name}是已损坏的Excel工作簿；请用Excel或WPS打开并重新保存后重试。</translation>
    </message>
    <message>
      <source>{name} is not a text file, so it cannot be read as .csv; save the sheet as .xlsx or as CSV.</source>
      <translation>{name}不是文本文件，无法按.csv读取；请将表格另存为.xlsx或CSV格式。</translation>
    </message>
    <message>
      <source>{name} is neither UTF-8 nor GB18030 text; save it from Excel as "CSV UTF-8".</source>
      <translation>{name}既不是UTF-8编码也不是GB18030编码；请在Excel中另存为“CSV UTF-8（逗号分隔）”格式。</translation>
    </message>
    <message>
      <source>{name} cannot be read as CSV after row {row} ({reason}); check the quotes in the next row.</source>
      <translation>{name}第{row}行之后无法按CSV读取（{reason}）；请检查下一行中的引号。</translation>
    </message>
    <message>
      <source>Row {row} of {name} holds a cell longer than {limit} characters, which no personnel field is; check that row (are its separators missing?) and save the file again.</source>
      <translation>{name}第{row}行有一个单元格超过{limit}个字符，任何人员信息字段都不会这么长；请检查该行（是否缺少分隔符？）并重新保存文件。</translation>
    </message>
    <message>
      <source>{name} has no worksheet.</source>
      <translation>{name}中没有工作表。</translation>
    </message>
    <message>
      <source>{name} lacks the columns {columns}; the first row must hold the column headers.</source>
      <translation>{name}缺少以下列：{columns}；第一行必须是列标题。</translation>
    </message>
    <message>
      <source>{name} has the column {column} twice (columns {cells}); keep only one.</source>
      <translation>{name}中“{column}”列出现了两次（第{cells}列），请只保留一列。</translation>
    </message>
  </context>
  <context>
    <name>CheckReport</name>
    <message>
      <source>Row {row}, {column}: {severity} {code}: {message}</source>
      <translation>第{row}行，{column}：{severity} {code}：{message}</translation>
    </message>
    <message>
      <source>{rows} rows checked: {errors} errors, {warnings} warnings, {notes} notes.</source>
      <translation>共检查{rows}行：错误{errors}个，警告{warnings}个，提示{notes}个。</translation>
    </message>
    <message>
      <source>error</source>
      <translation>错误</translation>
    </message>
    <message>
      <source>warning</source>
      <translation>警告</translation>
    </message>
    <message>
      <source>note</source>
      <translation>提示</translation>
    </message>
    <message>
      <source>Cannot use the file: {reason}</source>
      <translation>无法使用该文件：{reason}</translation>
    </message>
    <message>
      <source>The check stopped on an unexpected error; the details are in {log}.</source>
      <translation>检查因意外错误而中止，详细信息见{log}。</translation>
    </message>
    <message>
      <source>Check report</source>
      <translation>检查报告</translation>
    </message>
    <message>
      <source>Row</source>
      <translation>行号</translation>
    </message>
    <message>
      <source>Column</source>
      <translation>列</translation>
    </message>
    <message>
      <source>Severity</source>
      <translation>严重程度</translation>
    </message>
    <message>
      <source>Code</source>
      <translation>代码</translation>
    </message>
    <message>
      <source>Message</source>
      <translation>说明</translation>
    </message>
  </context>
  <context>
    <name>FileWrite</name>
    <message>
      <source>The folder {folder} does not exist; choose an existing folder.</source>
      <translation>文件夹{folder}不存在，请选择一个已有的文件夹。</translation>
    </message>
    <message>
      <source>You may not write {name} in {folder}; choose another folder.</source>
      <translation>没有权限在{folder}中写入{name}，请选择其他文件夹。</translation>
    </message>
    <message>
      <source>The disk is full, so {name} was not written; free some space or choose another disk, then try again.</source>
      <translation>磁盘已满，{name}未能写入；请清理出空间或选择其他磁盘后重试。</translation>
    </message>
    <message>
      <source>{name} is a folder; choose a file name.</source>
      <translation>{name}是一个文件夹，请指定文件名。</translation>
    </message>
    <message>
      <source>{name} would have more than {limit} rows, more than Excel holds; export to .csv instead.</source>
      <translation>{name}将超过{limit}行，超出Excel的行数上限；请改为导出.csv文件。</translation>
    </message>
    <message>
      <source>{name} must end in {suffixes}.</source>
      <translation>{name}的扩展名必须是{suffixes}。</translation>
    </message>
    <message>
      <source>{name} could not be written ({reason}); choose another folder and try again.</source>
      <translation>无法写入{name}（{reason}），请选择其他文件夹后重试。</translation>
    </message>
  </context>
  <context>
    <name>Receipt</name>
    <message>
      <source>Declaration receipt</source>
      <translation>申报回执</translation>
    </message>
    <message>
      <source>Serial number</source>
      <translation>流水号</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <source>Business type</source>
      <translation>业务类型</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>所属期</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <source>Approved</source>
      <translation>审核通过</translation>
    </message>
    <message>
      <source>Revoked</source>
      <translation>已撤销</translation>
    </message>
    <message>
      <source>Approved at</source>
      <translation>审核通过时间</translation>
    </message>
    <message>
      <source>Revoked at</source>
      <translation>撤销时间</translation>
    </message>
    <message>
      <source>Replaces</source>
      <translation>替代</translation>
    </message>
    <message>
      <source>Replaced by</source>
      <translation>被替换为</translation>
    </message>
    <message>
      <source>Status as printed at</source>
      <translation>状态截至</translation>
    </message>
    <message>
      <source>This declaration has been revoked: what it declared no longer stands.</source>
      <translation>此申报已撤销：其申报内容不再有效。</translation>
    </message>
    <message>
      <source>Lines</source>
      <translation>明细</translation>
    </message>
    <message>
      <source>Totals</source>
      <translation>合计</translation>
    </message>
    <message>
      <source>People: {count}</source>
      <translation>人数：{count}</translation>
    </message>
    <message>
      <source>Declared bases in total: {amount}</source>
      <translation>申报基数合计：{amount}</translation>
    </message>
    <message>
      <source>Contribution bases used in total: {amount}</source>
      <translation>实际缴费基数合计：{amount}</translation>
    </message>
    <message>
      <source>No.</source>
      <translation>序号</translation>
    </message>
    <message>
      <source>ID number</source>
      <translation>身份证号码</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Household registration</source>
      <translation>户口性质</translation>
    </message>
    <message>
      <source>Wage base</source>
      <translation>申报工资</translation>
    </message>
    <message>
      <source>Migrant worker</source>
      <translation>是否外来务工</translation>
    </message>
    <message>
      <source>Migrant-worker insurance</source>
      <translation>是否参加农民工保险</translation>
    </message>
    <message>
      <source>Back payment (months)</source>
      <translation>补缴月数</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <source>New base</source>
      <translation>新缴费基数</translation>
    </message>
    <message>
      <source>Average monthly wage of last year</source>
      <translation>上年度月平均工资</translation>
    </message>
    <message>
      <source>From month</source>
      <translation>生效年月</translation>
    </message>
    <message>
      <source>Insurance type</source>
      <translation>险种</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>费款所属期</translation>
    </message>
    <message>
      <source>Base</source>
      <translation>缴费基数</translation>
    </message>
    <message>
      <source>Employee share</source>
      <translation>个人缴费</translation>
    </message>
    <message>
      <source>Employer share</source>
      <translation>单位缴费</translation>
    </message>
    <message>
      <source>declared wage</source>
      <translation>申报工资</translation>
    </message>
    <message>
      <source>base used</source>
      <translation>实际缴费基数</translation>
    </message>
    <message>
      <source>Where a declared wage lies outside the contribution base limits, contributions are computed on the floor or the ceiling: the base used and the declared wage are both shown.</source>
      <translation>申报工资低于缴费基数下限或高于上限的，按下限或上限计算缴费：表中同时列出实际使用的缴费基数和申报工资。</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <source>All insurance types</source>
      <translation>全部险种</translation>
    </message>
    <message>
      <source>Serial number {serial} · page {page} of {pages}</source>
      <translation>流水号 {serial} · 第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
      <source>Issued by the agency when it approved the declaration. This receipt can be printed again from the declaration record at any time.</source>
      <translation>本回执由社保经办机构在审核通过申报时出具，可随时从申报记录中重新打印。</translation>
    </message>
    <message>
      <source>Add personnel</source>
      <translation>新增参保</translation>
    </message>
    <message>
      <source>Renew personnel</source>
      <translation>续保</translation>
    </message>
    <message>
      <source>Interrupt personnel</source>
      <translation>停保</translation>
    </message>
    <message>
      <source>Contribution base</source>
      <translation>缴费工资申报</translation>
    </message>
    <message>
      <source>Payment declaration</source>
      <translation>费款申报</translation>
    </message>
    <message>
      <source>Annual base</source>
      <translation>年度缴费工资申报</translation>
    </message>
    <message>
      <source>Personnel information change</source>
      <translation>人员信息变更</translation>
    </message>
    <message>
      <source>Corrected</source>
      <translation>变更项目</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>变更前</translation>
    </message>
    <message>
      <source>After</source>
      <translation>变更后</translation>
    </message>
    <message>
      <source>People: {people}; facts corrected: {facts}</source>
      <translation>人数：{people}；变更项目：{facts} 项</translation>
    </message>
    <message>
      <source>(not recorded)</source>
      <translation>（未登记）</translation>
    </message>
    <message>
      <source>ID type</source>
      <translation>证件类型</translation>
    </message>
    <message>
      <source>Nationality</source>
      <translation>国籍</translation>
    </message>
    <message>
      <source>Home province</source>
      <translation>户籍所在省</translation>
    </message>
    <message>
      <source>Home city</source>
      <translation>户籍所在市</translation>
    </message>
    <message>
      <source>Home county</source>
      <translation>户籍所在县（区）</translation>
    </message>
    <message>
      <source>local urban</source>
      <translation>本地城镇</translation>
    </message>
    <message>
      <source>non-local urban</source>
      <translation>外地城镇</translation>
    </message>
    <message>
      <source>local rural</source>
      <translation>本地农村</translation>
    </message>
    <message>
      <source>non-local rural</source>
      <translation>外地农村</translation>
    </message>
    <message>
      <source>resident</source>
      <translation>居民户口</translation>
    </message>
  </context>
  <context>
    <name>Statement</name>
    <message>
      <source>Social insurance contribution statement</source>
      <translation>社会保险缴费明细告知单</translation>
    </message>
    <message>
      <source>Unit: {name} ({code})</source>
      <translation>单位：{name}（{code}）</translation>
    </message>
    <message>
      <source>Period: {period}</source>
      <translation>所属期：{period}</translation>
    </message>
    <message>
      <source>Employee: {name}    ID number: {id_number}</source>
      <translation>职工：{name}    身份证号码：{id_number}</translation>
    </message>
    <message>
      <source>Contribution base: {base}</source>
      <translation>缴费基数：{base}</translation>
    </message>
    <message>
      <source>Declared wage: {wage}, above the base ceiling: contributions are computed on the ceiling</source>
      <translation>申报工资：{wage}，高于缴费基数上限，按上限计算缴费</translation>
    </message>
    <message>
      <source>Declared wage: {wage}, below the base floor: contributions are computed on the floor</source>
      <translation>申报工资：{wage}，低于缴费基数下限，按下限计算缴费</translation>
    </message>
    <message>
      <source>Insurance type</source>
      <translation>险种</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>费款所属期</translation>
    </message>
    <message>
      <source>Base</source>
      <translation>缴费基数</translation>
    </message>
    <message>
      <source>Employee share</source>
      <translation>个人缴费</translation>
    </message>
    <message>
      <source>Employer share</source>
      <translation>单位缴费</translation>
    </message>
    <message>
      <source>{insurance} (back payment)</source>
      <translation>{insurance}（补缴）</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <source>Withheld from your wages in total: {amount}</source>
      <translation>从您工资中代扣合计：{amount}</translation>
    </message>
    <message>
      <source>Paid by your employer in total: {amount}</source>
      <translation>单位为您缴纳合计：{amount}</translation>
    </message>
    <message>
      <source>Contributions for you in total: {amount}</source>
      <translation>为您缴纳的社会保险费合计：{amount}</translation>
    </message>
    <message>
      <source>Your employer tells you every month what was paid for your social insurance (Social Insurance Law, article 60). Ask your employer's payroll office about any amount.</source>
      <translation>根据《社会保险法》第六十条，用人单位应当按月将缴纳社会保险费的明细情况告知本人。对金额如有疑问，请向单位薪酬（财务）部门咨询。</translation>
    </message>
    <message>
      <source>(continued)</source>
      <translation>（续）</translation>
    </message>
    <message>
      <source>statements-{period}</source>
      <translation>社会保险缴费明细告知单-{period}</translation>
    </message>
    <message>
      <source>Unit code</source>
      <translation>单位编号</translation>
    </message>
    <message>
      <source>Unit name</source>
      <translation>单位名称</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>所属期</translation>
    </message>
    <message>
      <source>ID number</source>
      <translation>身份证号码</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <source>Declared wage</source>
      <translation>申报工资</translation>
    </message>
  </context>
  <context>
    <name>StoreError</name>
    <message>
      <source>The file {path} is not an ssclient data file (it is damaged or is some other kind of file). It was left untouched. Move it aside, or restore one of the backups saved next to it, and start the program again.</source>
      <translation>文件{path}不是本程序的数据文件（已损坏，或是其他类型的文件），程序没有改动它。请把它移到别处，或用保存在它旁边的备份之一恢复，然后重新启动程序。</translation>
    </message>
    <message>
      <source>Part of the data file {path} is damaged: a saved value cannot be read back (the file may have been cut short by a full disk or a crash). Nothing was changed. Close the program, keep a copy of the file, and restore the newest backup saved next to it if there is one; otherwise ask for help with the copy.</source>
      <translation>数据文件{path}有一部分已损坏：一个已保存的值无法读回（文件可能因磁盘已满或程序崩溃而被截断）。程序没有做任何改动。请关闭程序，复制保存该文件，如果它旁边有备份，用最新的备份恢复；否则请带着这份副本寻求帮助。</translation>
    </message>
    <message>
      <source>The data file {path} was written by a newer version of ssclient (schema {revision}). It was left untouched. Install the newer version of the program to open it.</source>
      <translation>数据文件{path}是由更新版本的本程序写入的（结构版本{revision}），程序没有改动它。请安装更新版本的程序来打开它。</translation>
    </message>
    <message>
      <source>The data file {path} cannot be written (read-only file, folder or disk). Nothing was saved. Make the file and its folder writable for your user, then try again.</source>
      <translation>数据文件{path}无法写入（文件、文件夹或磁盘是只读的），没有保存任何内容。请让当前用户可以写入该文件及其文件夹，然后重试。</translation>
    </message>
    <message>
      <source>The folder {folder} that holds the data file is read-only, so nothing can be saved there. The data file itself is not damaged: do not move or delete it. Make the folder writable for your user, then start the program again.</source>
      <translation>存放数据文件的文件夹{folder}是只读的，无法在其中保存任何内容。数据文件本身没有损坏：请不要移动或删除它。请让当前用户可以写入该文件夹，然后重新启动程序。</translation>
    </message>
    <message>
      <source>The disk holding {path} is full or failing. Nothing was saved; what was saved before is intact. Free some space on that disk, then try again.</source>
      <translation>存放{path}的磁盘已满或出现故障。这次没有保存任何内容，之前保存的内容完好无损。请在该磁盘上腾出一些空间，然后重试。</translation>
    </message>
    <message>
      <source>The data file {path} is in use by another program (another ssclient window?). Nothing was saved. Close the other program, then try again.</source>
      <translation>数据文件{path}正被另一个程序使用（是否打开了另一个本程序窗口？），没有保存任何内容。请关闭另一个程序，然后重试。</translation>
    </message>
    <message>
      <source>The data file {path} cannot be opened. Check that its folder exists and is writable for your user, then start the program again.</source>
      <translation>无法打开数据文件{path}。请检查其文件夹是否存在、当前用户能否写入，然后重新启动程序。</translation>
    </message>
    <message>
      <source>The data file {path} cannot be created or opened ({reason}). Check that its folder exists and is writable for your user, then start the program again.</source>
      <translation>无法创建或打开数据文件{path}（{reason}）。请检查其文件夹是否存在、当前用户能否写入，然后重新启动程序。</translation>
    </message>
    <message>
      <source>The data file {path} reported an error ({reason}). Nothing was saved; what was saved before is intact. If this happens again, restore a backup saved next to the file.</source>
      <translation>数据文件{path}报告了一个错误（{reason}）。这次没有保存任何内容，之前保存的内容完好无损。如果再次出现，请用保存在该文件旁边的备份恢复。</translation>
    </message>
    <message>
      <source>Document #{id} cannot be edited: the agency has it now (it was declared, perhaps from the draft box or another window). Nothing was saved. An approved record can be revised or revoked from the records instead.</source>
      <translation>单据 #{id} 无法修改：经办机构已收到该单据（它已被申报，可能是在草稿箱或另一个窗口中申报的）。这次没有保存任何内容。审核通过的记录可在申报记录中更正或撤销。</translation>
    </message>
    <message>
      <source>Document #{id} cannot be deleted: the agency has it now (it was declared, perhaps from the draft box or another window). Nothing was deleted. An approved record can be revoked from the records instead.</source>
      <translation>单据 #{id} 无法删除：经办机构已收到该单据（它已被申报，可能是在草稿箱或另一个窗口中申报的）。没有删除任何内容。审核通过的记录可在申报记录中撤销。</translation>
    </message>
    <message>
      <source>Document #{id} cannot be checked again: the agency has it now (it was declared, perhaps from another window). Its answer shows in the records.</source>
      <translation>单据 #{id} 无法再次检查：经办机构已收到该单据（它已被申报，可能是在另一个窗口中申报的）。审核结果可在申报记录中查看。</translation>
    </message>
    <message>
      <source>The data file {path} was empty (0 bytes): the computer may have stopped, or the disk been full, while it was written. It was kept as {kept} and a new, empty data file was started. If you have a copy of your drafts, put it in place of the new file while the program is closed.</source>
      <translation>数据文件{path}是空的（0字节）：写入时电脑可能意外停止或磁盘已满。原文件已保留为{kept}，并新建了一个空的数据文件。如果您有草稿的副本，请在程序关闭时用它替换新文件。</translation>
    </message>
  </context>
  <context>
    <name>Policy</name>
    <message>
      <source>is missing</source>
      <translation>缺失</translation>
    </message>
    <message>
      <source>must be a table</source>
      <translation>必须是一个表（table）</translation>
    </message>
    <message>
      <source>must be non-empty text</source>
      <translation>必须是非空文本</translation>
    </message>
    <message>
      <source>must be a month such as "2026-01"</source>
      <translation>必须是形如 "2026-01" 的月份</translation>
    </message>
    <message>
      <source>must be a whole number from {low} to {high}</source>
      <translation>必须是 {low} 至 {high} 之间的整数</translation>
    </message>
    <message>
      <source>must be true or false</source>
      <translation>必须是 true 或 false</translation>
    </message>
    <message>
      <source>must be a quoted decimal such as "0.08"</source>
      <translation>必须是带引号的小数，如 "0.08"</translation>
    </message>
    <message>
      <source>is not a decimal number: {raw}</source>
      <translation>不是小数：{raw}</translation>
    </message>
    <message>
      <source>is out of range</source>
      <translation>超出允许范围</translation>
    </message>
    <message>
      <source>must be a list of quoted decimals</source>
      <translation>必须是带引号小数的列表</translation>
    </message>
    <message>
      <source>must not exceed {other}</source>
      <translation>不得大于 {other}</translation>
    </message>
    <message>
      <source>must not be after {other}</source>
      <translation>不得晚于 {other}</translation>
    </message>
    <message>
      <source>must be one of {choices}</source>
      <translation>必须是以下之一：{choices}</translation>
    </message>
    <message>
      <source>must be positive</source>
      <translation>必须大于零</translation>
    </message>
    <message>
      <source>must be a whole multiple of the rounding quantum {quantum}</source>
      <translation>必须是取整单位 {quantum} 的整数倍</translation>
    </message>
    <message>
      <source>cannot be read: {detail}</source>
      <translation>无法读取：{detail}</translation>
    </message>
    <message>
      <source>is not UTF-8 text</source>
      <translation>不是 UTF-8 编码的文本</translation>
    </message>
    <message>
      <source>is not valid TOML: {detail}</source>
      <translation>不是有效的 TOML：{detail}</translation>
    </message>
    <message>
      <source>is not a figure of this table (its figures: {names})</source>
      <translation>不是该表中的数值（该表的数值：{names}）</translation>
    </message>
    <message>
      <source>must be true while figures are illustrative: {figures}</source>
      <translation>必须为 true，因为以下数值为示例：{figures}</translation>
    </message>
    <message>
      <source>{insurance} includes {name} ({name_en}): {employer} from the employer and {employee} from the employee, per person and month. Source: {origin}</source>
      <translation>{insurance}含{name}（{name_en}）：每人每月单位缴纳 {employer} 元、个人缴纳 {employee} 元。依据：{origin}</translation>
    </message>
    <message>
      <source>{insurance} includes {name} ({name_en}): {employer} from the employer and {employee} from the employee, per person and month. Illustrative figures, not official: {origin}</source>
      <translation>{insurance}含{name}（{name_en}）：每人每月单位缴纳 {employer} 元、个人缴纳 {employee} 元。示例数字，非官方：{origin}</translation>
    </message>
    <message>
      <source>Of which fixed charge, employee</source>
      <translation>其中定额缴费（个人）</translation>
    </message>
    <message>
      <source>Of which fixed charge, employer</source>
      <translation>其中定额缴费（单位）</translation>
    </message>
    <message>
      <source>is {area}, but the tables loaded are for {loaded}: remove those first</source>
      <translation>为“{area}”，而已载入的政策表属于“{loaded}”：请先移除这些政策表</translation>
    </message>
  </context>
</TS>
