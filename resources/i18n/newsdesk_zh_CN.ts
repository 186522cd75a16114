<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../newsdesk/ui/actions.py" line="27" />
        <source>Import pages…</source>
        <translation>导入版面…</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/actions.py" line="28" />
        <source>Open the sample page</source>
        <translation>打开示例版面</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/actions.py" line="29" />
        <source>Save now</source>
        <translation>立即保存</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/actions.py" line="30" />
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/actions.py" line="31" />
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/actions.py" line="32" />
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/actions.py" line="33" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/actions.py" line="34" />
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/actions.py" line="35" />
        <source>Split article at cursor</source>
        <translation>在光标处拆分文章</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/actions.py" line="36" />
        <source>Merge with next article</source>
        <translation>与下一篇合并</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/actions.py" line="37" />
        <source>Merge with previous article</source>
        <translation>与上一篇合并</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/actions.py" line="38" />
        <source>Join paragraph with next</source>
        <translation>与下一段合并</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/actions.py" line="39" />
        <source>Split paragraph at cursor</source>
        <translation>在光标处拆分段落</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/actions.py" line="40" />
        <source>Move block to top</source>
        <translation>将段落移到最前</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/actions.py" line="41" />
        <source>Move block to next article</source>
        <translation>将段落移到下一篇</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/actions.py" line="42" />
        <source>Move block to previous article</source>
        <translation>将段落移到上一篇</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/actions.py" line="43" />
        <source>Role: headline</source>
        <translation>角色：主标题</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/actions.py" line="44" />
        <source>Role: sub-headline</source>
        <translation>角色：副标题</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/actions.py" line="45" />
        <source>Role: byline</source>
        <translation>角色：电头/署名</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/actions.py" line="46" />
        <source>Role: body</source>
        <translation>角色：正文</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/actions.py" line="47" />
        <source>Role: caption</source>
        <translation>角色：图片说明</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/actions.py" line="48" />
        <source>Role: page furniture</source>
        <translation>角色：版面信息</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/actions.py" line="49" />
        <source>Suggest entities</source>
        <translation>推荐实体</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/actions.py" line="50" />
        <source>Tag selection as person</source>
        <translation>将选中文字标为人名</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/actions.py" line="51" />
        <source>Tag selection as place</source>
        <translation>将选中文字标为地名</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/actions.py" line="52" />
        <source>Tag selection as organisation</source>
        <translation>将选中文字标为机构名</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/actions.py" line="53" />
        <source>Remove tag at cursor</source>
        <translation>移除光标处的标注</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/actions.py" line="54" />
        <source>Go to the suggestion queue</source>
        <translation>转到推荐队列</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/actions.py" line="55" />
        <source>Entity index…</source>
        <translation>实体索引…</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/actions.py" line="56" />
        <source>Next article</source>
        <translation>下一篇</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/actions.py" line="57" />
        <source>Previous article</source>
        <translation>上一篇</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/actions.py" line="58" />
        <source>Approve and go to next</source>
        <translation>审定并转到下一篇</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/actions.py" line="59" />
        <source>Approve</source>
        <translation>审定</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/actions.py" line="60" />
        <source>Mark reviewed</source>
        <translation>标为已校对</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/actions.py" line="61" />
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/actions.py" line="62" />
        <source>Re-run analysis of this page…</source>
        <translation>重新分析本版面…</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/actions.py" line="63" />
        <source>History…</source>
        <translation>修订历史…</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/actions.py" line="64" />
        <source>Search the archive</source>
        <translation>搜索资料库</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/actions.py" line="65" />
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <location filename="../../newsdesk/ui/models.py" line="47" />
        <source>Headline</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/models.py" line="48" />
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/models.py" line="49" />
        <source>Page</source>
        <translation>版</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/models.py" line="50" />
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/models.py" line="51" />
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/models.py" line="121" />
        <source>new</source>
        <translation>新</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/models.py" line="121" />
        <source>reviewed</source>
        <translation>已校对</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/models.py" line="121" />
        <source>approved</source>
        <translation>已审定</translation>
    </message>
</context>
<context>
    <name>EntityIndexDialog</name>
    <message>
        <location filename="../../newsdesk/ui/dialogs.py" line="315" />
        <source>Entity index</source>
        <translation>实体索引</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/dialogs.py" line="317" />
        <source>Filter entities…</source>
        <translation>筛选实体…</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/dialogs.py" line="320" />
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/dialogs.py" line="320" />
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/dialogs.py" line="320" />
        <source>Mentions</source>
        <translation>出现次数</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/dialogs.py" line="320" />
        <source>Articles</source>
        <translation>文章</translation>
    </message>
</context>
<context>
    <name>EntityPanel</name>
    <message>
        <location filename="../../newsdesk/ui/entitypanel.py" line="67" />
        <source>Loading the dictionary…</source>
        <translation>正在加载词典…</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/entitypanel.py" line="72" />
        <source>A accept · R reject · L change label · S skip · 1-9 accept as label · Shift+A / Shift+R every occurrence</source>
        <translation>A 接受 · R 拒绝 · L 换标签 · S 跳过 · 1-9 按标签接受 · Shift+A / Shift+R 全部出现处</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/entitypanel.py" line="77" />
        <source>All occurrences across the archive</source>
        <translation>全部出现处（整个资料库）</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/entitypanel.py" line="81" />
        <source>Accept (A)</source>
        <translation>接受 (A)</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/entitypanel.py" line="82" />
        <source>Reject (R)</source>
        <translation>拒绝 (R)</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/entitypanel.py" line="83" />
        <source>Label (L)</source>
        <translation>标签 (L)</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/entitypanel.py" line="84" />
        <source>Skip (S)</source>
        <translation>跳过 (S)</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/entitypanel.py" line="91" />
        <source>Accept all…</source>
        <translation>全部接受…</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/entitypanel.py" line="91" />
        <source>Reject all</source>
        <translation>全部拒绝</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/entitypanel.py" line="98" />
        <source>Suggestions</source>
        <translation>推荐</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/entitypanel.py" line="104" />
        <source>Tagged in this article</source>
        <translation>本文已标注</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../newsdesk/ui/dialogs.py" line="236" />
        <location filename="../../newsdesk/ui/dialogs.py" line="260" />
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/dialogs.py" line="241" />
        <source>Only approved</source>
        <translation>仅已审定</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/dialogs.py" line="242" />
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/dialogs.py" line="244" />
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/dialogs.py" line="246" />
        <source>Replace existing files</source>
        <translation>替换已有文件</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/dialogs.py" line="255" />
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/dialogs.py" line="256" />
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/dialogs.py" line="257" />
        <location filename="../../newsdesk/ui/dialogs.py" line="271" />
        <source>Destination</source>
        <translation>保存到</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/dialogs.py" line="296" />
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/dialogs.py" line="299" />
        <source>Exported %1 article(s) to %2 file(s).</source>
        <translation>已导出 %1 篇文章，共 %2 个文件。</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../newsdesk/ui/dialogs.py" line="85" />
        <source>History of article %1</source>
        <translation>文章 %1 的修订历史</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/dialogs.py" line="95" />
        <source>automatic analysis</source>
        <translation>自动分析</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/dialogs.py" line="96" />
        <source>edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/dialogs.py" line="97" />
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/dialogs.py" line="98" />
        <source>restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/dialogs.py" line="99" />
        <source>split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/dialogs.py" line="100" />
        <source>merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/dialogs.py" line="111" />
        <source>Restore this version</source>
        <translation>恢复此版次</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/dialogs.py" line="113" />
        <source>Compare clean text with raw scan</source>
        <translation>对照整理稿与原始扫描</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/dialogs.py" line="139" />
        <source>No differences from the current text.</source>
        <translation>与当前文本没有差别。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="56" />
        <source>newsdesk — %1</source>
        <translation>newsdesk — %1</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="65" />
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="91" />
        <source>Search headlines, text and raw scans…</source>
        <translation>搜索标题、正文和原始扫描…</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="94" />
        <source>All articles</source>
        <translation>全部文章</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="95" />
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="96" />
        <source>Reviewed</source>
        <translation>已校对</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="97" />
        <source>Approved</source>
        <translation>已审定</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="127" />
        <source>Approve &amp;&amp; next</source>
        <translation>审定并下一篇</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="159" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="169" />
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="170" />
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="172" />
        <source>&amp;Article</source>
        <translation>文章(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="173" />
        <source>E&amp;ntities</source>
        <translation>实体(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="174" />
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="175" />
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="122" />
        <location filename="../../newsdesk/ui/mainwindow.py" line="123" />
        <location filename="../../newsdesk/ui/mainwindow.py" line="177" />
        <source>Block role</source>
        <translation>段落角色</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="199" />
        <location filename="../../newsdesk/ui/mainwindow.py" line="200" />
        <source>Merge articles</source>
        <translation>合并文章</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="211" />
        <location filename="../../newsdesk/ui/mainwindow.py" line="289" />
        <source>Approve</source>
        <translation>审定</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="212" />
        <source>Mark reviewed</source>
        <translation>标为已校对</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="213" />
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="232" />
        <source>Typing</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="245" />
        <source>Saved (version %1)</source>
        <translation>已保存（第 %1 版次）</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="315" />
        <source>%1 hits</source>
        <translation>%1 条结果</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="316" />
        <source>Search: %1</source>
        <translation>搜索：%1</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="327" />
        <source>%1 articles</source>
        <translation>%1 篇文章</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="364" />
        <source>new</source>
        <translation>新</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="364" />
        <source>reviewed</source>
        <translation>已校对</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="364" />
        <source>approved</source>
        <translation>已审定</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="366" />
        <source>Article %1 · %2 · version %3</source>
        <translation>文章 %1 · %2 · 第 %3 版次</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="392" />
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="425" />
        <source>Change role</source>
        <translation>更改角色</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="429" />
        <source>Join paragraphs</source>
        <translation>合并段落</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="433" />
        <location filename="../../newsdesk/ui/mainwindow.py" line="461" />
        <source>Split paragraph</source>
        <translation>拆分段落</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="437" />
        <source>Move block to top</source>
        <translation>将段落移到最前</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="442" />
        <source>Move block to another article</source>
        <translation>将段落移到另一篇文章</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="463" />
        <source>Split article</source>
        <translation>拆分文章</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="471" />
        <source>Re-run analysis</source>
        <translation>重新分析</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="473" />
        <source>Analyse this page again? Articles you changed are kept.
Choose Yes to All to replace your changes too.</source>
        <translation>重新分析本版面？您改过的文章会保留。
选择“全部是”则连同您的修改一并替换。</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="483" />
        <source>Re-analysed: %1 kept, %2 added</source>
        <translation>已重新分析：保留 %1 篇，新增 %2 篇</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="505" />
        <source>Loading the dictionary…</source>
        <translation>正在加载词典…</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="525" />
        <source>Ready: A accept, R reject, L label, S skip.</source>
        <translation>就绪：A 接受，R 拒绝，L 标签，S 跳过。</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="596" />
        <location filename="../../newsdesk/ui/mainwindow.py" line="598" />
        <source>Accept tag</source>
        <translation>接受标注</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="613" />
        <source>Rejected %1 suggestion(s)</source>
        <translation>已拒绝 %1 条推荐</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="624" />
        <location filename="../../newsdesk/ui/mainwindow.py" line="632" />
        <source>Accept all occurrences</source>
        <translation>接受全部出现处</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="625" />
        <source>Tag %1 occurrence(s) of “%2” in %3 article(s) as %4?</source>
        <translation>将 %3 篇文章中“%2”的 %1 处出现标为 %4？</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="633" />
        <source>Tagged %1 occurrence(s)</source>
        <translation>已标注 %1 处</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="638" />
        <source>Select the text to tag first.</source>
        <translation>请先选中要标注的文字。</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="641" />
        <source>Tag</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="645" />
        <source>Remove tag</source>
        <translation>移除标注</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="677" />
        <source>Import pages</source>
        <translation>导入版面</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="677" />
        <source>Text pages (*.txt);;All files (*)</source>
        <translation>文本版面 (*.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="695" />
        <source>Importing %1 file(s)…</source>
        <translation>正在导入 %1 个文件…</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="703" />
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="713" />
        <source>Imported %1, duplicates %2, failed %3</source>
        <translation>已导入 %1，重复 %2，失败 %3</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="716" />
        <source>(cancelled)</source>
        <translation>（已取消）</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="719" />
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="740" />
        <source>Welcome to newsdesk</source>
        <translation>欢迎使用 newsdesk</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="741" />
        <source>The archive is empty. Open the bundled sample page to see how newsdesk works?</source>
        <translation>资料库是空的。要打开自带的示例版面，看看 newsdesk 如何工作吗？</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="767" />
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/mainwindow.py" line="768" />
        <source>The open article could not be saved. Close anyway and lose this edit?</source>
        <translation>当前文章未能保存。仍要关闭并丢弃这次修改吗？</translation>
    </message>
</context>
<context>
    <name>RawView</name>
    <message>
        <location filename="../../newsdesk/ui/rawview.py" line="26" />
        <source>A stray space here is left out of the clean text (%1).</source>
        <translation>此处多余的空格未收入整理稿（%1）。</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/rawview.py" line="30" />
        <source>Scanned as “%1”; the clean text reads “%2”.</source>
        <translation>扫描为“%1”，整理稿作“%2”。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../newsdesk/ui/settings.py" line="27" />
        <source>Editor name</source>
        <translation>编辑姓名</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/settings.py" line="28" />
        <source>Interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/settings.py" line="29" />
        <source>Font size</source>
        <translation>字号</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/settings.py" line="30" />
        <source>Autosave after a pause of</source>
        <translation>停顿多久后自动保存</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/settings.py" line="32" />
        <source>Entity labels</source>
        <translation>实体标签</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../newsdesk/ui/dialogs.py" line="160" />
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/dialogs.py" line="165" />
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/dialogs.py" line="187" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/dialogs.py" line="187" />
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/dialogs.py" line="197" />
        <source>Changes to the language take effect at the next start.</source>
        <translation>界面语言的更改在下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../newsdesk/ui/dialogs.py" line="47" />
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/dialogs.py" line="49" />
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/dialogs.py" line="49" />
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>SourceTreeModel</name>
    <message>
        <location filename="../../newsdesk/ui/models.py" line="147" />
        <source>Sources and pages</source>
        <translation>来源与版面</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/models.py" line="147" />
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/models.py" line="149" />
        <source>All sources</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/models.py" line="167" />
        <source>Page %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/models.py" line="190" />
        <source>%1 approved, %2 reviewed, %3 new</source>
        <translation>已审定 %1 篇，已校对 %2 篇，新 %3 篇</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../newsdesk/ui/app.py" line="60" />
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/app.py" line="61" />
        <source>Your open article was saved.</source>
        <translation>当前文章已保存。</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/app.py" line="61" />
        <source>The open article could not be saved.</source>
        <translation>当前文章未能保存。</translation>
    </message>
    <message>
        <location filename="../../newsdesk/ui/app.py" line="63" />
        <source>Something went wrong. %1
Details are in %2</source>
        <translation>出错了。%1
详细信息见 %2</translation>
    </message>
</context>
</TS>