<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AidModels</name>
    <message>
        <source>File no.</source>
        <translation>档案号</translation>
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
        <source>Grassroots union</source>
        <translation>所属基层工会</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>困难类别</translation>
    </message>
    <message>
        <source>Income per head (yuan/month)</source>
        <translation>人均月收入（元）</translation>
    </message>
    <message>
        <source>Main cause</source>
        <translation>主要致困原因</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Re-checked</source>
        <translation>复核日期</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借款人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>贷款银行</translation>
    </message>
    <message>
        <source>Principal (yuan)</source>
        <translation>本金（元）</translation>
    </message>
    <message>
        <source>Lent</source>
        <translation>放款日期</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期/结清</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>贷款利率/个人承担</translation>
    </message>
    <message>
        <source>Subsidy (yuan)</source>
        <translation>贴息（元）</translation>
    </message>
    <message>
        <source>Paid (yuan)</source>
        <translation>已拨付（元）</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Interest (yuan)</source>
        <translation>利息（元）</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>利息清单</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>发放日期</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Aid type</source>
        <translation>救助类型</translation>
    </message>
    <message>
        <source>For</source>
        <translation>受助人</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>子女</translation>
    </message>
    <message>
        <source>Child&apos;s ID number</source>
        <translation>子女身份证号</translation>
    </message>
    <message>
        <source>School</source>
        <translation>就读学校</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>学历层次</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>档次</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Budget (yuan)</source>
        <translation>预算（元）</translation>
    </message>
    <message>
        <source>Approved (yuan)</source>
        <translation>已批准（元）</translation>
    </message>
    <message>
        <source>Remaining (yuan)</source>
        <translation>余额（元）</translation>
    </message>
    <message>
        <source>Publicity (working days)</source>
        <translation>公示期（工作日）</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批次</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>疗休养地点</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>Nominated</source>
        <translation>提名</translation>
    </message>
    <message>
        <source>Went</source>
        <translation>参加</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Merit</source>
        <translation>先进荣誉</translation>
    </message>
</context>
<context>
    <name>AidPage</name>
    <message>
        <source>Programmes</source>
        <translation>帮扶项目</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>申请审批</translation>
    </message>
    <message>
        <source>Household files</source>
        <translation>困难职工档案</translation>
    </message>
    <message>
        <source>Recuperation</source>
        <translation>疗休养</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>贴息贷款</translation>
    </message>
</context>
<context>
    <name>ApplicationEditor</name>
    <message>
        <source>Application</source>
        <translation>帮扶申请</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>会员：</translation>
    </message>
    <message>
        <source>Aid type:</source>
        <translation>救助类型：</translation>
    </message>
    <message>
        <source>Amount asked (yuan):</source>
        <translation>申请金额（元）：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>申请事由：</translation>
    </message>
    <message>
        <source>Bank card for payment:</source>
        <translation>发放银行卡号：</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>By</source>
        <translation>办理人</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>办理经过：</translation>
    </message>
    <message>
        <source>Child (Golden Autumn)</source>
        <translation>子女（金秋助学）</translation>
    </message>
    <message>
        <source>New student this year</source>
        <translation>当年新生</translation>
    </message>
    <message>
        <source>Already aided by another agency</source>
        <translation>已获其他部门资助</translation>
    </message>
    <message>
        <source>Child&apos;s name:</source>
        <translation>子女姓名：</translation>
    </message>
    <message>
        <source>Child&apos;s ID number:</source>
        <translation>子女身份证号：</translation>
    </message>
    <message>
        <source>School:</source>
        <translation>就读学校：</translation>
    </message>
    <message>
        <source>Level, tier, school kind:</source>
        <translation>学历层次、档次、院校类别：</translation>
    </message>
    <message>
        <source>Work-study post:</source>
        <translation>勤工俭学岗位：</translation>
    </message>
    <message>
        <source>Add attachment…</source>
        <translation>添加附件…</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>附件：</translation>
    </message>
    <message>
        <source>; granted %1 yuan</source>
        <translation>；核定 %1 元</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Submitting will be refused: %1. The draft can still be saved, e.g. while papers are collected.</source>
        <translation>提交时将被拒绝：%1。草稿仍可保存（例如正在收集材料），情况变化后再提交。</translation>
    </message>
    <message>
        <source>The application was not saved.</source>
        <translation>申请未保存。</translation>
    </message>
    <message>
        <source>Add attachment</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>扫描件和文档 (*.pdf *.jpg *.jpeg *.png);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ApplicationsTab</name>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Aid applications</source>
        <translation>帮扶申请名单</translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation>项目：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>New application…</source>
        <translation>新建申请…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Workflow step</source>
        <translation>办理审批</translation>
    </message>
    <message>
        <source>%1 (→ %2)</source>
        <translation>%1（→ %2）</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文书</translation>
    </message>
    <message>
        <source>Approval form of the selected…</source>
        <translation>所选申请的审批表…</translation>
    </message>
    <message>
        <source>Publicity list (公示名单)…</source>
        <translation>公示名单…</translation>
    </message>
    <message>
        <source>Payment roster, paid…</source>
        <translation>发放花名册（已发放）…</translation>
    </message>
    <message>
        <source>Payment roster, approved and waiting…</source>
        <translation>发放花名册（已批准待发放）…</translation>
    </message>
    <message>
        <source>Import applicants…</source>
        <translation>导入申请名单…</translation>
    </message>
    <message>
        <source>Allow over budget…</source>
        <translation>准予超预算…</translation>
    </message>
    <message>
        <source>Reviewing and approving applications</source>
        <translation>审核和审批申请</translation>
    </message>
    <message>
        <source>Entering aid applications</source>
        <translation>录入帮扶申请</translation>
    </message>
    <message>
        <source>%1 application(s)</source>
        <translation>共 %1 件</translation>
    </message>
    <message>
        <source>Application #%1 (%2) saved as a draft.</source>
        <translation>申请 #%1（%2）已保存为草稿。</translation>
    </message>
    <message>
        <source>Select the applications first (Ctrl+A selects all shown).</source>
        <translation>请先选择申请（Ctrl+A 选中所列全部）。</translation>
    </message>
    <message>
        <source>%1 (application #%2)</source>
        <translation>%1（申请 #%2）</translation>
    </message>
    <message>
        <source>%1 and others, %2 applications</source>
        <translation>%1等 %2 件申请</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>“%1” (→ %2) for %3.</source>
        <translation>为%3办理“%1”（→ %2）。</translation>
    </message>
    <message>
        <source>Taking the step…</source>
        <translation>正在办理…</translation>
    </message>
    <message>
        <source>%4; application #%1 (%2) is now “%3”.</source>
        <translation>%4；申请 #%1（%2）已转为“%3”。</translation>
    </message>
    <message>
        <source>Application #%1 (%2) is now “%3”.</source>
        <translation>申请 #%1（%2）已转为“%3”。</translation>
    </message>
    <message>
        <source>, now “%1”.</source>
        <translation>，已转为“%1”。</translation>
    </message>
    <message>
        <source>“%1” not done (application #%2, %3): %4</source>
        <translation>未能%1（申请 #%2，%3）：%4</translation>
    </message>
    <message>
        <source> The state filter now shows “%1”.</source>
        <translation>状态筛选已随之改为“%1”。</translation>
    </message>
    <message>
        <source>Back to “%1”</source>
        <translation>回到“%1”</translation>
    </message>
    <message>
        <source>Show them (“%1”)</source>
        <translation>查看这些申请（“%1”）</translation>
    </message>
    <message>
        <source>Select the applications first.</source>
        <translation>请先选择申请。</translation>
    </message>
    <message>
        <source>The selected applications are %1; “%2” is taken from %3.</source>
        <translation>所选申请为%1，“%2”须从%3办理。</translation>
    </message>
    <message>
        <source>“%1” is not possible yet: %2</source>
        <translation>暂不能%1：%2</translation>
    </message>
    <message>
        <source>Select an application first.</source>
        <translation>请先选择一件申请。</translation>
    </message>
    <message>
        <source>Save approval form</source>
        <translation>保存审批表</translation>
    </message>
    <message>
        <source>Saved %1 (%2 page(s)).</source>
        <translation>已保存 %1（%2 页）。</translation>
    </message>
    <message>
        <source>Save publicity list</source>
        <translation>保存公示名单</translation>
    </message>
    <message>
        <source>%1 people, %2 to %3, saved to %4.</source>
        <translation>公示 %1 人，%2 至 %3，已保存到 %4。</translation>
    </message>
    <message>
        <source>Save payment roster</source>
        <translation>保存发放花名册</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;PDF (*.pdf)</source>
        <translation>Excel 工作簿 (*.xlsx);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 row(s) saved to %2</source>
        <translation>已将 %1 行保存到 %2</translation>
    </message>
    <message>
        <source>Import applicants</source>
        <translation>导入申请名单</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xls *.csv)</source>
        <translation>表格文件 (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <source>Import only the rows without errors? (No: import nothing if any row has an error.)</source>
        <translation>只导入无误的行吗？（选“否”：任何一行有错误则全部不导入。）</translation>
    </message>
    <message>
        <source>%1 application(s) imported, %2 row(s) refused.</source>
        <translation>导入申请 %1 件，未导入 %2 行。</translation>
    </message>
    <message>
        <source>Importing applicants…</source>
        <translation>正在导入申请名单…</translation>
    </message>
    <message>
        <source>Select one application.</source>
        <translation>请只选择一件申请。</translation>
    </message>
    <message>
        <source>Allow application %1 over budget</source>
        <translation>准予申请 %1 超预算审批</translation>
    </message>
    <message>
        <source>Recorded; the reviewer may now approve it.</source>
        <translation>已记录，审核人现在可以批准该申请。</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Recuperation batch</source>
        <translation>疗休养批次</translation>
    </message>
    <message>
        <source>Border area</source>
        <translation>边境地区</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>批次：</translation>
    </message>
    <message>
        <source>Destination:</source>
        <translation>地点：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>开始日期：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>结束日期：</translation>
    </message>
    <message>
        <source>Quota (people):</source>
        <translation>名额（人）：</translation>
    </message>
    <message>
        <source>Subsidy per person (yuan):</source>
        <translation>每人补助（元）：</translation>
    </message>
    <message>
        <source>Target group:</source>
        <translation>对象：</translation>
    </message>
</context>
<context>
    <name>BudgetBar</name>
    <message>
        <source>Budget %1, approved %2, paid %3 yuan</source>
        <translation>预算 %1 元，已批准 %2 元，已发放 %3 元</translation>
    </message>
    <message>
        <source>Approved %1% of the budget</source>
        <translation>已批准预算的 %1%</translation>
    </message>
</context>
<context>
    <name>FileEditor</name>
    <message>
        <source>Household file</source>
        <translation>困难职工档案</translation>
    </message>
    <message>
        <source>Yearly re-check</source>
        <translation>年度复核</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Temporary aid file (临时救助)</source>
        <translation>临时救助档案</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>会员：</translation>
    </message>
    <message>
        <source>Judged by the lines of year:</source>
        <translation>认定标准年度：</translation>
    </message>
    <message>
        <source>Household income (yuan/month):</source>
        <translation>家庭月收入（元）：</translation>
    </message>
    <message>
        <source>Essential costs 刚性支出 (yuan/month):</source>
        <translation>刚性支出（元/月）：</translation>
    </message>
    <message>
        <source>People in the household:</source>
        <translation>家庭人口：</translation>
    </message>
    <message>
        <source>Main cause:</source>
        <translation>主要致困原因：</translation>
    </message>
    <message>
        <source>Secondary cause:</source>
        <translation>次要致困原因：</translation>
    </message>
    <message>
        <source>Filing level:</source>
        <translation>建档标准：</translation>
    </message>
    <message>
        <source>Bank:</source>
        <translation>开户银行：</translation>
    </message>
    <message>
        <source>Bank card (real-name payment):</source>
        <translation>实名发放银行卡号：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>困难类别：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>健康状况</translation>
    </message>
    <message>
        <source>Schooling</source>
        <translation>就学情况</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>就业情况</translation>
    </message>
    <message>
        <source>Add household member</source>
        <translation>添加家庭成员</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Other members of the household:</source>
        <translation>其他家庭成员：</translation>
    </message>
</context>
<context>
    <name>FilesTab</name>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>New file…</source>
        <translation>新建档案…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>File it (审批建档)</source>
        <translation>审批建档</translation>
    </message>
    <message>
        <source>Yearly re-check…</source>
        <translation>年度复核…</translation>
    </message>
    <message>
        <source>Close file…</source>
        <translation>撤档…</translation>
    </message>
    <message>
        <source>Hardship files</source>
        <translation>困难职工档案</translation>
    </message>
    <message>
        <source>Keeping household files</source>
        <translation>建立和维护困难职工档案</translation>
    </message>
    <message>
        <source>%1 file(s)</source>
        <translation>共 %1 户</translation>
    </message>
    <message>
        <source>Close file %1</source>
        <translation>档案 %1 撤档</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <source>The file was closed and archived.</source>
        <translation>档案已撤档并归入档案库。</translation>
    </message>
</context>
<context>
    <name>LoanDialog</name>
    <message>
        <source>Subsidised loan</source>
        <translation>小额贴息贷款</translation>
    </message>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Borrower:</source>
        <translation>借款人类别：</translation>
    </message>
    <message>
        <source>Member:</source>
        <translation>借款会员：</translation>
    </message>
    <message>
        <source>Small firm:</source>
        <translation>小微企业：</translation>
    </message>
    <message>
        <source>Its grassroots union:</source>
        <translation>企业工会：</translation>
    </message>
    <message>
        <source>Bank:</source>
        <translation>贷款银行：</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>创业项目：</translation>
    </message>
    <message>
        <source>Principal (yuan):</source>
        <translation>本金（元）：</translation>
    </message>
    <message>
        <source>Lent on:</source>
        <translation>放款日期：</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>期限：</translation>
    </message>
    <message>
        <source>Bank&apos;s yearly rate (%):</source>
        <translation>贷款年利率（%）：</translation>
    </message>
    <message>
        <source>Rate the borrower pays (%):</source>
        <translation>个人承担年利率（%）：</translation>
    </message>
</context>
<context>
    <name>LoansTab</name>
    <message>
        <source>New loan…</source>
        <translation>登记贷款…</translation>
    </message>
    <message>
        <source>Interest statement…</source>
        <translation>登记利息清单…</translation>
    </message>
    <message>
        <source>Pay the year&apos;s subsidy</source>
        <translation>拨付当年贴息</translation>
    </message>
    <message>
        <source>Repaid on…</source>
        <translation>结清…</translation>
    </message>
    <message>
        <source>Subsidised loans</source>
        <translation>小额贴息贷款台账</translation>
    </message>
    <message>
        <source>Subsidy by year (by days; paid only after the interest statement):</source>
        <translation>各年度贴息（按天数计算；交来利息清单后方可拨付）：</translation>
    </message>
    <message>
        <source>Recording loans and subsidies</source>
        <translation>登记贷款和贴息</translation>
    </message>
    <message>
        <source>Choose a loan and one of its years first.</source>
        <translation>请先选择贷款及其年度。</translation>
    </message>
    <message>
        <source>Interest statement %1</source>
        <translation>%1 年度利息清单</translation>
    </message>
    <message>
        <source>Interest paid (yuan):</source>
        <translation>已付利息（元）：</translation>
    </message>
    <message>
        <source>Loan %1 repaid</source>
        <translation>贷款 %1 结清</translation>
    </message>
</context>
<context>
    <name>MemberAidWidget</name>
    <message>
        <source>; re-checked %1</source>
        <translation>；复核于 %1</translation>
    </message>
    <message>
        <source>Household file %1 (%2): %3 — %4</source>
        <translation>困难职工档案 %1（%2）：%3——%4</translation>
    </message>
    <message>
        <source>No household file.</source>
        <translation>没有困难职工档案。</translation>
    </message>
</context>
<context>
    <name>MemberPicker</name>
    <message>
        <source>Name, pinyin initials, last 4 digits of the ID or mobile number</source>
        <translation>姓名、拼音首字母、身份证号后四位或手机号</translation>
    </message>
    <message>
        <source>No member found</source>
        <translation>没有找到会员</translation>
    </message>
</context>
<context>
    <name>ProgrammeDialog</name>
    <message>
        <source>Aid programme</source>
        <translation>帮扶项目</translation>
    </message>
    <message>
        <source>Closed: no new applications</source>
        <translation>已结束，不再受理申请</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Budget (yuan):</source>
        <translation>预算（元）：</translation>
    </message>
    <message>
        <source>Publicity (working days, 0 = none):</source>
        <translation>公示期（工作日，0 为不公示）：</translation>
    </message>
    <message>
        <source>Objections to:</source>
        <translation>异议受理：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
</context>
<context>
    <name>ProgrammesTab</name>
    <message>
        <source>New programme…</source>
        <translation>新建项目…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Amounts by tier…</source>
        <translation>资助标准…</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>资格规则…</translation>
    </message>
    <message>
        <source>Quotas…</source>
        <translation>名额…</translation>
    </message>
    <message>
        <source>Local standards…</source>
        <translation>本地标准…</translation>
    </message>
    <message>
        <source>Show applications</source>
        <translation>查看申请</translation>
    </message>
    <message>
        <source>Aid programmes</source>
        <translation>帮扶项目</translation>
    </message>
    <message>
        <source>Setting up programmes, amounts and rules</source>
        <translation>设置帮扶项目、标准和规则</translation>
    </message>
    <message>
        <source>No programme yet.</source>
        <translation>还没有帮扶项目。</translation>
    </message>
</context>
<context>
    <name>QuotasDialog</name>
    <message>
        <source>Quotas by grassroots union</source>
        <translation>基层工会名额</translation>
    </message>
    <message>
        <source>Grassroots union</source>
        <translation>基层工会</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>Leave a union empty when it has no limit.</source>
        <translation>不限名额的工会留空。</translation>
    </message>
</context>
<context>
    <name>RecuperationTab</name>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>New batch…</source>
        <translation>新建批次…</translation>
    </message>
    <message>
        <source>Approve the list</source>
        <translation>审定名单</translation>
    </message>
    <message>
        <source>Selected went, others absent</source>
        <translation>所选已参加，其余未参加</translation>
    </message>
    <message>
        <source>Nominate:</source>
        <translation>提名：</translation>
    </message>
    <message>
        <source>Add nomination</source>
        <translation>添加提名</translation>
    </message>
    <message>
        <source>Recuperation nominations</source>
        <translation>疗休养提名名单</translation>
    </message>
    <message>
        <source>Recuperation batches and nominations</source>
        <translation>安排疗休养批次和推荐人选</translation>
    </message>
    <message>
        <source>%1 person-times, %2 to border areas (%3)</source>
        <translation>共 %1 人次，其中边境地区 %2 人次（%3）</translation>
    </message>
    <message>
        <source>Choose a batch and a member first.</source>
        <translation>请先选择批次和会员。</translation>
    </message>
    <message>
        <source>Nominated.</source>
        <translation>已提名。</translation>
    </message>
    <message>
        <source>The list is approved: the first ones within the quota go.</source>
        <translation>名单已审定：按名次在名额内入选。</translation>
    </message>
    <message>
        <source>Attendance recorded.</source>
        <translation>参加情况已登记。</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>Eligibility rules</source>
        <translation>资格规则</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Policy text quoted in refusals</source>
        <translation>政策依据（拒绝时引用）</translation>
    </message>
    <message>
        <source>Cap (yuan)</source>
        <translation>上限（元）</translation>
    </message>
    <message>
        <source>Cap (months of 低保)</source>
        <translation>上限（低保月数）</translation>
    </message>
    <message>
        <source>Allowed (flag)</source>
        <translation>允许（勾选）</translation>
    </message>
    <message>
        <source>Parameters (、)</source>
        <translation>参数（用、分隔）</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>删除规则</translation>
    </message>
</context>
<context>
    <name>StandardsDialog</name>
    <message>
        <source>Local standards</source>
        <translation>本地标准</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <source>Minimum living allowance 低保 (yuan a month):</source>
        <translation>低保标准（元/月）：</translation>
    </message>
    <message>
        <source>Relative hardship up to (‰ of 低保):</source>
        <translation>相对困难上限（低保的‰）：</translation>
    </message>
    <message>
        <source>Accident-caused hardship up to (‰ of 低保):</source>
        <translation>意外致困上限（低保的‰）：</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>Rest day</source>
        <translation>休息日</translation>
    </message>
    <message>
        <source>As the holiday calendar says</source>
        <translation>按节假日库</translation>
    </message>
    <message>
        <source>Set day</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Working days for publicity (公示):</source>
        <translation>公示期的工作日：</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>Comment or reason:</source>
        <translation>意见或理由：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Please give a reason.</source>
        <translation>请填写理由。</translation>
    </message>
</context>
<context>
    <name>TiersDialog</name>
    <message>
        <source>Golden Autumn amounts</source>
        <translation>金秋助学资助标准</translation>
    </message>
    <message>
        <source>Yuan per child; leave a cell empty when it is not funded.</source>
        <translation>每名子女的金额（元）；不资助的组合留空。</translation>
    </message>
</context>
</TS>
