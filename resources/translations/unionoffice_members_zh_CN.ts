<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>MemberEditor</name>
    <message>
        <source>Member: %s</source>
        <translation>会员：%s</translation>
    </message>
    <message>
        <source>A member changes union by transfer out and in</source>
        <translation>更换所属工会请办理转出和转入</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>新增会员</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>New member: fields are checked as you type.</source>
        <translation>新增会员：输入时即时检查各项内容。</translation>
    </message>
    <message>
        <source>No. %1 · %2 since %3 · %4</source>
        <translation>编号 %1 · %3 起%2 · %4</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原工会</translation>
    </message>
    <message>
        <source>To</source>
        <translation>转至工会</translation>
    </message>
    <message>
        <source>Status after</source>
        <translation>变动后状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source> (converted from the 15-digit %s)</source>
        <translation>（由 15 位旧号码 %s 转换）</translation>
    </message>
    <message>
        <source>Still to correct: %s</source>
        <translation>还需更正：%s</translation>
    </message>
    <message>
        <source>Discard the changes to this member?</source>
        <translation>放弃对该会员的修改？</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人信息</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>18 characters (or an old 15-digit number)</source>
        <translation>18 位（或 15 位旧号码）</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation>11 位手机号</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>文化程度</translation>
    </message>
    <message>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Household type</source>
        <translation>户籍类型</translation>
    </message>
    <message>
        <source>Registered residence</source>
        <translation>户籍所在地</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>会籍信息</translation>
    </message>
    <message>
        <source>Grassroots union</source>
        <translation>所属基层工会</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入会时间</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>会员卡号</translation>
    </message>
    <message>
        <source>Internal card number</source>
        <translation>站内卡号</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>就业情况</translation>
    </message>
    <message>
        <source>Skill grade</source>
        <translation>技能等级</translation>
    </message>
    <message>
        <source>Migrant worker</source>
        <translation>农民工</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Hardship category</source>
        <translation>困难职工类别</translation>
    </message>
    <message>
        <source>Hardship file no.</source>
        <translation>困难职工档案号</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Membership history</source>
        <translation>会籍变动记录</translation>
    </message>
    <message>
        <source>Membership change…</source>
        <translation>会籍变动…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Grassroots union</source>
        <translation>所属基层工会</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入会时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>会员卡号</translation>
    </message>
    <message>
        <source>Migrant</source>
        <translation>农民工</translation>
    </message>
    <message>
        <source>Hardship</source>
        <translation>困难职工</translation>
    </message>
    <message>
        <source>This column cannot be sorted</source>
        <translation>此列不能排序</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
<context>
    <name>MemberTabs</name>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Honours</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>Aid</source>
        <translation>帮扶救助</translation>
    </message>
    <message>
        <source>Competitions</source>
        <translation>竞赛</translation>
    </message>
    <message>
        <source>Change log</source>
        <translation>修改记录</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>New union…</source>
        <translation>新建基层工会…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Edit union…</source>
        <translation>修改基层工会…</translation>
    </message>
    <message>
        <source>Search by name, pinyin, initials, last digits of the ID, mobile or card number (Ctrl+F)</source>
        <translation>按姓名、拼音、首字母、身份证号后几位、手机号或卡号查找（Ctrl+F）</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>新增会员</translation>
    </message>
    <message>
        <source>Membership change…</source>
        <translation>会籍变动…</translation>
    </message>
    <message>
        <source>Member list</source>
        <translation>会员名单</translation>
    </message>
    <message>
        <source>Issue documents…</source>
        <translation>颁发证书…</translation>
    </message>
    <message>
        <source>Entering members</source>
        <translation>录入会员</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>共 %1 名会员</translation>
    </message>
    <message>
        <source>More than %1 matches, best first: type more to narrow the search</source>
        <translation>超过 %1 条，按相关程度排列：请多输入几个字缩小范围</translation>
    </message>
    <message>
        <source>The first %1 matches, best first; counting all…</source>
        <translation>前 %1 条，按相关程度排列；正在统计全部……</translation>
    </message>
    <message>
        <source>%1 matches in all, best first: scroll on for the rest</source>
        <translation>共 %1 条，按相关程度排列，向下滚动可查看全部</translation>
    </message>
    <message>
        <source>%1 matches, best first</source>
        <translation>找到 %1 条（最匹配的在前）</translation>
    </message>
    <message>
        <source>No member matches “%1”</source>
        <translation>没有与“%1”匹配的会员</translation>
    </message>
    <message>
        <source>Select the members first (Ctrl or Shift for several).</source>
        <translation>请先选择会员（按住 Ctrl 或 Shift 可多选）。</translation>
    </message>
    <message>
        <source>Select a member in the table first.</source>
        <translation>请先在表格中选择一名会员。</translation>
    </message>
    <message>
        <source>Member %1 (No. %2) saved.</source>
        <translation>已保存会员 %1（编号 %2）。</translation>
    </message>
    <message>
        <source>Select a grassroots union in the tree first.</source>
        <translation>请先在左侧选择一个基层工会。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
</context>
<context>
    <name>MembershipDialog</name>
    <message>
        <source>The current union releases the member until another union accepts the transfer in.</source>
        <translation>原工会办理转出，会员处于“转出中”，直至新工会办理转入。</translation>
    </message>
    <message>
        <source>The new union accepts the member; both dates stay in the history.</source>
        <translation>新工会接收会员；转出和转入日期均记入会籍变动记录。</translation>
    </message>
    <message>
        <source>Retired, unemployed or employer closed: no dues, no vote.</source>
        <translation>退休、失业或单位关闭：保留会籍期间不交会费，不参加选举。</translation>
    </message>
    <message>
        <source>The member is active again.</source>
        <translation>会员恢复为在会状态。</translation>
    </message>
    <message>
        <source>Withdrawal on written request, approved by the grassroots union.</source>
        <translation>本人书面申请退会，经基层工会批准。</translation>
    </message>
    <message>
        <source>Six consecutive months without dues or union activity.</source>
        <translation>连续 6 个月不交会费、不参加工会组织生活。</translation>
    </message>
    <message>
        <source>Expulsion decided by the grassroots union.</source>
        <translation>经基层工会决定开除会籍。</translation>
    </message>
    <message>
        <source>The record is kept; the member no longer counts.</source>
        <translation>保留记录，不再计入会员人数。</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>办理</translation>
    </message>
    <message>
        <source>(not known yet)</source>
        <translation>（暂未确定）</translation>
    </message>
    <message>
        <source>(the union named at transfer out)</source>
        <translation>（转出时确定的工会）</translation>
    </message>
    <message>
        <source>Membership change</source>
        <translation>会籍变动</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Current status</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>To union</source>
        <translation>转入工会</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>UnionEditor</name>
    <message>
        <source>Grassroots union: %s</source>
        <translation>基层工会：%s</translation>
    </message>
    <message>
        <source>New grassroots union</source>
        <translation>新建基层工会</translation>
    </message>
    <message>
        <source>Grassroots union</source>
        <translation>基层工会</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>工会名称</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18 位</translation>
    </message>
    <message>
        <source>Unit nature</source>
        <translation>单位性质</translation>
    </message>
    <message>
        <source>Economic type</source>
        <translation>经济类型</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>所属行业</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
</context>
</TS>
