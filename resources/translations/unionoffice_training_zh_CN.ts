<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Overridden by %1: %2</source>
        <translation>由 %1 改判：%2</translation>
    </message>
</context>
<context>
    <name>AcademyEditor</name>
    <message>
        <source>Academy: %s</source>
        <translation>工匠学院：%s</translation>
    </message>
    <message>
        <source>New academy</source>
        <translation>新建工匠学院</translation>
    </message>
    <message>
        <source>Craftsman academy</source>
        <translation>工匠学院</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Partner school or enterprise</source>
        <translation>合作院校或企业</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source>P</source>
        <translation>出</translation>
    </message>
    <message>
        <source>L</source>
        <translation>迟</translation>
    </message>
    <message>
        <source>E</source>
        <translation>假</translation>
    </message>
    <message>
        <source>A</source>
        <translation>缺</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>迟到</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺勤</translation>
    </message>
    <message>
        <source>Not marked</source>
        <translation>未登记</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>结业</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>未结业</translation>
    </message>
    <message>
        <source> (overridden)</source>
        <translation>（已改判）</translation>
    </message>
    <message>
        <source>%s hours</source>
        <translation>%s 学时</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Hours
/ %s</source>
        <translation>学时
/ %s</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>结业情况</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Keys: P present · L late · E excused · A absent (or 1–4), then down to the next trainee · Space cycles · Delete clears · arrows move</source>
        <translation>格中“出”＝出勤（按 P 或 1）·“迟”＝迟到（L 或 2）·“假”＝请假（E 或 3）·“缺”＝缺勤（A 或 4），记后移到下一位学员 · 空格轮换 · Delete 清除 · 方向键移动</translation>
    </message>
    <message>
        <source>Mark this session&apos;s unmarked as present</source>
        <translation>本课次未登记的记为出勤</translation>
    </message>
    <message>
        <source>Marks every blank cell of the current session (the column of the selected cell) as present; other sessions stay as they are</source>
        <translation>把当前课次（所选单元格所在的一列）中尚未登记的学员全部记为出勤；其他课次不变</translation>
    </message>
    <message numerus="yes">
        <source>%n trainee(s)</source>
        <translation>
            <numerusform>%n 名学员</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation>%1 人结业</translation>
    </message>
    <message>
        <source>Session %1: %2 present, %3 late, %4 excused, %5 absent, %6 unmarked</source>
        <translation>第 %1 次课：出勤 %2，迟到 %3，请假 %4，缺勤 %5，未登记 %6</translation>
    </message>
    <message>
        <source>Select a cell in the session column first.</source>
        <translation>请先选择某次课那一列中的单元格。</translation>
    </message>
</context>
<context>
    <name>ClassEditor</name>
    <message>
        <source>New training class</source>
        <translation>新建培训班</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>授课教师</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>课次</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>Attendance has been taken for this session</source>
        <translation>该课次已登记考勤</translation>
    </message>
    <message>
        <source>Training class: %s</source>
        <translation>培训班：%s</translation>
    </message>
    <message>
        <source>Moved up from the waiting list: %s</source>
        <translation>由候补转为正式学员：%s</translation>
    </message>
    <message>
        <source>Training class</source>
        <translation>培训班</translation>
    </message>
    <message>
        <source>Academy</source>
        <translation>工匠学院</translation>
    </message>
    <message>
        <source>Class name</source>
        <translation>班级名称</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>开班日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>结业日期</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Teachers</source>
        <translation>授课教师</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>Completion rule</source>
        <translation>结业条件</translation>
    </message>
    <message>
        <source>of the hours attended</source>
        <translation>的学时出勤</translation>
    </message>
    <message>
        <source>and assessment passed</source>
        <translation>且考核合格</translation>
    </message>
    <message>
        <source>Late arrival earns</source>
        <translation>迟到计</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Modules (kind, course, teacher, hours, sessions)</source>
        <translation>教学模块（类别、课程、教师、学时、课次）</translation>
    </message>
    <message>
        <source>Add module</source>
        <translation>添加模块</translation>
    </message>
    <message>
        <source>Remove module</source>
        <translation>删除模块</translation>
    </message>
    <message>
        <source>Spread sessions over the dates</source>
        <translation>把课次分配到各日期</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>%1 chosen: %2 get a place, %3 go on the waiting list (capacity %4, enrolled %5).</source>
        <translation>已选 %1 人：%2 人录取，%3 人进入候补（名额 %4，已报名 %5）。</translation>
    </message>
    <message>
        <source>Enrolment list</source>
        <translation>报名名单</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv *.txt)</source>
        <translation>电子表格 (*.xlsx *.xls *.csv *.txt)</translation>
    </message>
    <message>
        <source>Enrol members</source>
        <translation>会员报名</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>Name, pinyin, initials, last digits of ID, phone or card; Enter adds the one found</source>
        <translation>姓名、拼音、首字母、身份证号后几位、手机号或卡号；只找到一人时按回车即加入</translation>
    </message>
    <message>
        <source>From file…</source>
        <translation>从文件导入…</translation>
    </message>
    <message>
        <source>Search results (Enter or double-click adds; Ctrl/Shift select several)</source>
        <translation>查找结果（回车或双击添加；按住 Ctrl/Shift 可多选）</translation>
    </message>
    <message>
        <source>Add →</source>
        <translation>添加 →</translation>
    </message>
    <message>
        <source>← Remove</source>
        <translation>← 移除</translation>
    </message>
    <message>
        <source>To enrol</source>
        <translation>待报名</translation>
    </message>
</context>
<context>
    <name>EnrolFileDialog</name>
    <message numerus="yes">
        <source>Enrol %n matched member(s)</source>
        <translation>
            <numerusform>为匹配的 %n 名会员报名</numerusform>
        </translation>
    </message>
    <message>
        <source>Matched %1 · not found or invalid %2 · ambiguous %3 · already on the class %4</source>
        <translation>匹配 %1 · 未找到或无效 %2 · 无法确定 %3 · 已在班中 %4</translation>
    </message>
    <message>
        <source>The rows listed are left out. Correct them in the file and load it again, or enrol only the matched members now.</source>
        <translation>下列各行未被采用。请在文件中更正后重新导入，或现在只为已匹配的会员报名。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
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
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Not matched</source>
        <translation>未匹配</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>无法确定</translation>
    </message>
    <message>
        <source>Already on the class</source>
        <translation>已在班中</translation>
    </message>
    <message>
        <source>Enrol from a list</source>
        <translation>按名单报名</translation>
    </message>
</context>
<context>
    <name>MemberPickModel</name>
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
        <source>Union</source>
        <translation>工会</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Already on this class (%s)</source>
        <translation>已在本班（%s）</translation>
    </message>
    <message>
        <source>Not a member at present (%s)</source>
        <translation>目前不是会员（%s）</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Please give a reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
</context>
<context>
    <name>TrainingHistoryWidget</name>
    <message>
        <source>%1 class(es) · %2 hours · %3 completed · %4 certificate(s)</source>
        <translation>培训班 %1 个 · %2 学时 · 结业 %3 次 · 证书 %4 份</translation>
    </message>
</context>
<context>
    <name>TrainingModels</name>
    <message>
        <source>Class</source>
        <translation>培训班</translation>
    </message>
    <message>
        <source>Academy</source>
        <translation>工匠学院</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开班日期</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>已报名</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>候补</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
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
        <source>Unit</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>结业</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>班次</translation>
    </message>
    <message>
        <source>Person-times</source>
        <translation>人次</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Course hours</source>
        <translation>课程学时</translation>
    </message>
    <message>
        <source>Trainee hours</source>
        <translation>学员学时</translation>
    </message>
    <message>
        <source>Completions</source>
        <translation>结业人数</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <source>Classes</source>
        <translation>培训班</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation>未考核</translation>
    </message>
    <message>
        <source>Class roster…</source>
        <translation>班级名册…</translation>
    </message>
    <message>
        <source>Sign-in sheets, all sessions…</source>
        <translation>签到表（全部课次）…</translation>
    </message>
    <message>
        <source>Sign-in sheet, selected session…</source>
        <translation>签到表（所选课次）…</translation>
    </message>
    <message>
        <source>Attendance summary…</source>
        <translation>考勤汇总…</translation>
    </message>
    <message>
        <source>Delete enrolment…</source>
        <translation>删除报名记录…</translation>
    </message>
    <message>
        <source>Running classes, enrolments and attendance</source>
        <translation>办班、报名和考勤登记</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>All academies</source>
        <translation>全部工匠学院</translation>
    </message>
    <message>
        <source>No class yet: create one with “New class…”.</source>
        <translation>还没有培训班：请用“新建培训班…”创建。</translation>
    </message>
    <message>
        <source>%1 (%2) · %3 to %4 · %5 · %6 hours</source>
        <translation>%1（%2）· %3 至 %4 · %5 · %6 学时</translation>
    </message>
    <message>
        <source>Enrolled %1 · waiting %2 · completed %3 · certificates %4</source>
        <translation>已报名 %1 · 候补 %2 · 结业 %3 · 证书 %4</translation>
    </message>
    <message>
        <source>First add an academy (Academies… → New academy…).</source>
        <translation>请先添加工匠学院（工匠学院… → 新建工匠学院…）。</translation>
    </message>
    <message>
        <source>New academy…</source>
        <translation>新建工匠学院…</translation>
    </message>
    <message>
        <source>Enrolled: %1. On the waiting list: %2.</source>
        <translation>已报名：%1。候补：%2。</translation>
    </message>
    <message>
        <source>Select the trainees who withdraw.</source>
        <translation>请选择退学的学员。</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>退学</translation>
    </message>
    <message>
        <source>Withdraw %s from the class?</source>
        <translation>让 %s 退出本班？</translation>
    </message>
    <message>
        <source>Moved up from the waiting list: %s</source>
        <translation>由候补转为正式学员：%s</translation>
    </message>
    <message numerus="yes">
        <source>Delete the enrolment records of %n member(s), with their attendance? This cannot be undone.</source>
        <translation>
            <numerusform>将删除 %n 名会员的培训报名记录及其考勤，且不能恢复。确定吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Select enrolled trainees first.</source>
        <translation>请先选择已报名的学员。</translation>
    </message>
    <message>
        <source>Select one enrolled trainee.</source>
        <translation>请选择一名已报名的学员。</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>结业</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>未结业</translation>
    </message>
    <message>
        <source>Back to the rule</source>
        <translation>按结业条件</translation>
    </message>
    <message>
        <source>%1: by the class rule, %2.</source>
        <translation>%1：按本班结业条件为%2。</translation>
    </message>
    <message>
        <source>Override completion</source>
        <translation>改判结业</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Nobody on this class has completed yet.</source>
        <translation>本班还没有人结业。</translation>
    </message>
    <message>
        <source>Number and issue completion certificates to %1 trainee(s) who completed (the %2 already issued keep their numbers), then print all of them?</source>
        <translation>为 %1 名已结业学员编号并颁发结业证书（已颁发的 %2 份保留原编号），然后全部打印吗？</translation>
    </message>
    <message>
        <source>Save certificates</source>
        <translation>保存证书</translation>
    </message>
    <message>
        <source>No certificates have been issued for this class yet; a clerk numbers and issues them.</source>
        <translation>该培训班还没有颁发证书；证书由经办人编号颁发。</translation>
    </message>
    <message>
        <source>%1 issued certificate(s) printed to %2.</source>
        <translation>已将 %1 份已颁发的证书打印到 %2。</translation>
    </message>
    <message>
        <source>Printing certificates…</source>
        <translation>正在打印证书…</translation>
    </message>
    <message>
        <source>%1 new certificate(s) numbered, %2 printed to %3.</source>
        <translation>新编号证书 %1 份，已输出 %2 份到 %3。</translation>
    </message>
    <message>
        <source>These trainees hold a certificate but no longer meet the completion rule; a reviewer should decide whether to revoke it: %s</source>
        <translation>以下学员已持有证书，但已不再符合结业条件，请审核人决定是否撤销：%s</translation>
    </message>
    <message>
        <source>Issuing certificates…</source>
        <translation>正在颁发证书…</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>Saved to %s</source>
        <translation>已保存到 %s</translation>
    </message>
    <message>
        <source>Class roster</source>
        <translation>班级名册</translation>
    </message>
    <message>
        <source>Select a session column in the attendance grid first.</source>
        <translation>请先在考勤表中选择某次课的一列。</translation>
    </message>
    <message>
        <source>Sign-in sheets</source>
        <translation>签到表</translation>
    </message>
    <message>
        <source>Attendance summary</source>
        <translation>考勤汇总</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 名会员</numerusform>
        </translation>
    </message>
    <message>
        <source>Export statistics</source>
        <translation>导出统计</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Academy</source>
        <translation>工匠学院</translation>
    </message>
    <message>
        <source>New class…</source>
        <translation>新建培训班…</translation>
    </message>
    <message>
        <source>Edit class…</source>
        <translation>修改培训班…</translation>
    </message>
    <message>
        <source>Academies…</source>
        <translation>工匠学院…</translation>
    </message>
    <message>
        <source>Trainees</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>Enrol…</source>
        <translation>报名…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>退学…</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>考核</translation>
    </message>
    <message>
        <source>Override completion…</source>
        <translation>改判结业…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Issue certificates…</source>
        <translation>颁发证书…</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>考勤</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Export xlsx…</source>
        <translation>导出 xlsx…</translation>
    </message>
    <message>
        <source>Hours ledger</source>
        <translation>培训学时台账</translation>
    </message>
</context>
</TS>
