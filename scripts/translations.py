"""Update the zh_CN translation: run pyside6-lupdate, fill in the Chinese, build the .qm.

Usage: python scripts/translations.py
The Chinese texts live here, keyed by the English source text, so a new UI string shows up
as missing (printed) until it is translated.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree as ET

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "newsdesk_zh_CN.ts"
BIN = Path(sys.executable).parent

ZH = {
    "%1 approved, %2 reviewed, %3 new": "已审定 %1 篇，已校对 %2 篇，新 %3 篇",
    "%1 articles": "%1 篇文章",
    "%1 hits": "%1 条结果",
    "&Article": "文章(&A)",
    "&Edit": "编辑(&E)",
    "&File": "文件(&F)",
    "&Help": "帮助(&H)",
    "&View": "视图(&V)",
    "(cancelled)": "（已取消）",
    "Action": "操作",
    "All articles": "全部文章",
    "Analyse this page again? Articles you changed are kept.\nChoose Yes to All to replace your changes too.": "重新分析本版面？您改过的文章会保留。\n选择“全部是”则连同您的修改一并替换。",
    "Approve": "审定",
    "Approve && next": "审定并下一篇",
    "Approve and go to next": "审定并转到下一篇",
    "Approved": "已审定",
    "Article %1 · %2 · version %3": "文章 %1 · %2 · 第 %3 版次",
    "Block role": "段落角色",
    "Block role:": "段落角色：",
    "Cancel": "取消",
    "Change role": "更改角色",
    "Compare clean text with raw scan": "对照整理稿与原始扫描",
    "Headline": "标题",
    "History of article %1": "文章 %1 的修订历史",
    "History…": "修订历史…",
    "Import": "导入",
    "Import pages": "导入版面",
    "Import pages…": "导入版面…",
    "Imported %1, duplicates %2, failed %3": "已导入 %1，重复 %2，失败 %3",
    "Importing %1": "正在导入 %1",
    "Importing %1 file(s)…": "正在导入 %1 个文件…",
    "Join paragraph with next": "与下一段合并",
    "Join paragraphs": "合并段落",
    "Keyboard shortcuts": "键盘快捷键",
    "Mark reviewed": "标为已校对",
    "Merge articles": "合并文章",
    "Merge with next article": "与下一篇合并",
    "Merge with previous article": "与上一篇合并",
    "Move block to another article": "将段落移到另一篇文章",
    "Move block to next article": "将段落移到下一篇",
    "Move block to previous article": "将段落移到上一篇",
    "Move block to top": "将段落移到最前",
    "New": "新建",
    "Next article": "下一篇",
    "Not saved": "未保存",
    "Open the sample page": "打开示例版面",
    "Page": "版",
    "Previous article": "上一篇",
    "Quit": "退出",
    "Re-analysed: %1 kept, %2 added": "已重新分析：保留 %1 篇，新增 %2 篇",
    "Re-run analysis": "重新分析",
    "Re-run analysis of this page…": "重新分析本版面…",
    "Ready": "就绪",
    "Redo": "重做",
    "Reopen": "重新打开",
    "Restore this version": "恢复此版次",
    "Reviewed": "已校对",
    "Role: body": "角色：正文",
    "Role: byline": "角色：电头/署名",
    "Role: caption": "角色：图片说明",
    "Role: headline": "角色：主标题",
    "Role: page furniture": "角色：版面信息",
    "Role: sub-headline": "角色：副标题",
    "Save now": "立即保存",
    "Saved (version %1)": "已保存（第 %1 版次）",
    "Search headlines, text and raw scans…": "搜索标题、正文和原始扫描…",
    "Search the archive": "搜索资料库",
    "Search: %1": "搜索：%1",
    "Shortcut": "快捷键",
    "Something went wrong. %1\nDetails are in %2": "出错了。%1\n详细信息见 %2",
    "Source": "来源",
    "Split article": "拆分文章",
    "Split article at cursor": "在光标处拆分文章",
    "Split paragraph": "拆分段落",
    "Split paragraph at cursor": "在光标处拆分段落",
    "Status": "状态",
    "Text pages (*.txt);;All files (*)": "文本版面 (*.txt);;所有文件 (*)",
    "The archive is empty. Open the bundled sample page to see how newsdesk works?": "资料库是空的。要打开自带的示例版面，看看 newsdesk 如何工作吗？",
    "The open article could not be saved.": "当前文章未能保存。",
    "The open article could not be saved. Close anyway and lose this edit?": "当前文章未能保存。仍要关闭并丢弃这次修改吗？",
    "Typing": "输入",
    "Undo": "撤销",
    "Unexpected error": "意外错误",
    "Unsaved changes": "未保存的修改",
    "Updated": "更新时间",
    "Welcome to newsdesk": "欢迎使用 newsdesk",
    "Your open article was saved.": "当前文章已保存。",
    "approved": "已审定",
    "automatic analysis": "自动分析",
    "edit": "编辑",
    "merge": "合并",
    "new": "新",
    "newsdesk — %1": "newsdesk — %1",
    "restore": "恢复",
    "reviewed": "已校对",
    "split": "拆分",
    "status": "状态",
    "Settings": "设置",
    "Editor name": "编辑姓名",
    "Interface language": "界面语言",
    "Font size": "字号",
    "Autosave after a pause of": "停顿多久后自动保存",
    "Entity labels": "实体标签",
    "Follow the system": "跟随系统",
    "Settings…": "设置…",
    "Export…": "导出…",
    "Export": "导出",
    "Suggest entities": "推荐实体",
    "Tag selection as person": "将选中文字标为人名",
    "Tag selection as place": "将选中文字标为地名",
    "Tag selection as organisation": "将选中文字标为机构名",
    "Remove tag at cursor": "移除光标处的标注",
    "Go to the suggestion queue": "转到推荐队列",
    "Entity index…": "实体索引…",
    "Entity index": "实体索引",
    "Filter entities…": "筛选实体…",
    "Entity": "实体",
    "Label": "标签",
    "Mentions": "出现次数",
    "Loading the dictionary…": "正在加载词典…",
    "A accept · R reject · L change label · S skip · 1-9 accept as label · Shift+A / Shift+R every occurrence": "A 接受 · R 拒绝 · L 换标签 · S 跳过 · 1-9 按标签接受 · Shift+A / Shift+R 全部出现处",
    "All occurrences across the archive": "全部出现处（整个资料库）",
    "Accept (A)": "接受 (A)",
    "Reject (R)": "拒绝 (R)",
    "Label (L)": "标签 (L)",
    "Skip (S)": "跳过 (S)",
    "Accept all…": "全部接受…",
    "Reject all": "全部拒绝",
    "Suggestions": "推荐",
    "Tagged in this article": "本文已标注",
    "E&ntities": "实体(&N)",
    "Ready: A accept, R reject, L label, S skip.": "就绪：A 接受，R 拒绝，L 标签，S 跳过。",
    "Accept tag": "接受标注",
    "Rejected %1 suggestion(s)": "已拒绝 %1 条推荐",
    "Accept all occurrences": "接受全部出现处",
    "Tag %1 occurrence(s) of “%2” in %3 article(s) as %4?": "将 %3 篇文章中“%2”的 %1 处出现标为 %4？",
    "Tagged %1 occurrence(s)": "已标注 %1 处",
    "Select the text to tag first.": "请先选中要标注的文字。",
    "Tag": "标注",
    "Remove tag": "移除标注",
    "No differences from the current text.": "与当前文本没有差别。",
    "Sources and pages": "来源与版面",
    "All sources": "全部来源",
    "Page %1": "第 %1 版",
    "Format": "格式",
    "Articles": "文章",
    "Destination": "保存到",
    "Choose…": "选择…",
    "Replace existing files": "替换已有文件",
    "Only approved": "仅已审定",
    "All statuses": "全部状态",
    "Exported %1 article(s) to %2 file(s).": "已导出 %1 篇文章，共 %2 个文件。",
    "Export failed": "导出失败",
    "Changes to the language take effect at the next start.": "界面语言的更改在下次启动时生效。",
    "A stray space here is left out of the clean text (%1).": "此处多余的空格未收入整理稿（%1）。",
    "Scanned as “%1”; the clean text reads “%2”.": "扫描为“%1”，整理稿作“%2”。",
}


def main() -> None:
    ui = sorted(str(p) for p in (ROOT / "newsdesk" / "ui").glob("*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), *ui, "-no-obsolete", "-ts", str(TS)], check=True)
    tree = ET.parse(TS)
    missing = []
    for msg in tree.iter("message"):
        src = msg.findtext("source") or ""
        tr = msg.find("translation")
        assert tr is not None
        if src in ZH:
            tr.text = ZH[src]
            tr.attrib.pop("type", None)
        else:
            missing.append(src)
    tree.getroot().set("language", "zh_CN")
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True)
    for src in missing:
        print(f"untranslated: {src!r}")


if __name__ == "__main__":
    main()
