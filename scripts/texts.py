#!/usr/bin/env python3
"""The UI's texts in English and Simplified Chinese; writes Registry.Web/Resources/SharedResource{,.zh-Hans}.resx.
Edit the table, then run: python3 scripts/texts.py"""
import os
from xml.sax.saxutils import escape

TEXTS = [
    ("AppName", "Registry", "版权登记"),
    ("NavRegister", "Register", "登记"),
    ("NavSearch", "Search", "搜索"),
    ("NavVerify", "Verify", "验证"),
    ("Language", "Language", "语言"),
    ("HomeHeading", "Prove it existed, and that it was yours", "证明作品的存在与归属"),
    ("HomeIntro", "Register a work's fingerprint on a public chain, find who registered any file, and search the catalogue.", "在公共区块链上登记作品指纹，查询任何文件的登记者，并检索作品目录。"),
    ("HomeRegister", "Upload a work; its fingerprint and your ownership are recorded on-chain.", "上传作品，其指纹与您的所有权将记录在链上。"),
    ("HomeVerify", "Drop any file to learn whether, when and by whom it was registered.", "拖入任意文件，即可查知它是否已登记、何时登记、由谁登记。"),
    ("HomeSearch", "Search titles, descriptions and tags, or look up a hash, CID, work id or address.", "搜索标题、描述和标签，或按哈希、CID、作品编号、地址查询。"),
    ("LatestWorks", "Latest works", "最新作品"),
    ("NotFoundTitle", "Page not found", "页面不存在"),
    ("NotFoundText", "There is nothing at this address.", "此地址没有内容。"),
    ("BackHome", "Back to the start", "返回首页"),
    ("ErrorTitle", "Something went wrong", "出错了"),
    ("ErrorText", "Something went wrong on our side. Nothing you sent was lost; try again in a moment.", "服务器出现问题。您提交的内容没有丢失，请稍后重试。"),
    ("RegisterTitle", "Register a work", "登记作品"),
    ("Title", "Title", "标题"),
    ("Description", "Description", "描述"),
    ("Kind", "Kind", "类型"),
    ("Kind_Image", "Image", "图像"),
    ("Kind_Text", "Text", "文本"),
    ("Kind_Audio", "Audio", "音频"),
    ("Kind_Video", "Video", "视频"),
    ("Kind_Other", "Other", "其他"),
    ("Tags", "Tags", "标签"),
    ("TagsHelp", "Separate tags with commas", "多个标签用逗号分隔"),
    ("PublishFile", "Publish the file (otherwise only its fingerprint is registered)", "公开文件（否则仅登记其指纹）"),
    ("ChooseFile", "Drop a file here or click to choose one", "将文件拖到此处，或点击选择文件"),
    ("RegisterButton", "Register", "登记"),
    ("ViewWork", "View work #{0}", "查看作品 #{0}"),
    ("StepUpload", "Upload", "上传"),
    ("StepFingerprint", "Uploading and fingerprinting", "上传并计算指纹"),
    ("StepStore", "Storing on the content store", "存入内容存储"),
    ("StepSubmit", "Submitting the transaction", "提交交易"),
    ("StepConfirm", "Waiting for confirmation", "等待确认"),
    ("Pending_ContentStoreUnavailable", "The content store is unavailable; retrying automatically.", "内容存储暂不可用，正在自动重试。"),
    ("Pending_ChainUnavailable", "The chain is unavailable; retrying automatically.", "区块链暂不可用，正在自动重试。"),
    ("Pending_AlreadyRegistered", "Already registered.", "已登记。"),
    ("Pending_Reverted", "The contract refused the registration.", "合约拒绝了此次登记。"),
    ("Pending_UploadMissing", "The upload is missing.", "上传的文件丢失。"),
    ("Pending_CidMismatch", "The content store computed a different CID.", "内容存储计算出的 CID 不一致。"),
    ("RegisteredAs", "Registered as work #{0}", "已登记为作品 #{0}"),
    ("WorkId", "Work", "作品"),
    ("Sha256", "SHA-256", "SHA-256"),
    ("Cid", "CID", "CID"),
    ("Owner", "Owner", "所有者"),
    ("Creator", "Creator", "创作者"),
    ("Transaction", "Transaction", "交易"),
    ("Block", "Block", "区块"),
    ("RegisteredAt", "Registered", "登记时间"),
    ("Size", "Size", "大小"),
    ("OpenWorkPage", "Open the work's page", "打开作品页面"),
    ("WorkHeading", "Work #{0}", "作品 #{0}"),
    ("WorkNotIndexed", "Work #{0} is not in the catalogue (yet). A work confirmed a moment ago appears within seconds.", "作品 #{0} 尚未收录。刚确认的作品会在几秒内出现。"),
    ("Download", "Download", "下载"),
    ("NotPublished", "The creator registered only the fingerprint; the file is not published.", "创作者仅登记了指纹，文件未公开。"),
    ("Provenance", "Provenance", "权属记录"),
    ("Event_Registered", "Registered", "登记"),
    ("Event_Transferred", "Transferred", "转让"),
    ("SearchTitle", "Search the catalogue", "检索作品目录"),
    ("SearchLabel", "Words, SHA-256, CID, work id or address", "关键词、SHA-256、CID、作品编号或地址"),
    ("SearchHelp", "Full text over titles, descriptions and tags; a hash, CID, id or address is looked up exactly.", "对标题、描述和标签进行全文检索；哈希、CID、编号或地址按精确值查询。"),
    ("SearchButton", "Search", "搜索"),
    ("NoResults", "No works match.", "没有匹配的作品。"),
    ("ResultCount", "{0:N0} found", "找到 {0:N0} 件作品"),
    ("VerifyTitle", "Verify a file", "验证文件"),
    ("VerifyIntro", "The file is hashed on the server and not stored.", "文件仅在服务器上计算哈希，不会被保存。"),
    ("DropToVerify", "Drop a file here or click to choose one", "将文件拖到此处，或点击选择文件"),
    ("VerdictRegistered", "Registered as work #{0} by {1} on {2}.", "已由 {1} 于 {2} 登记为作品 #{0}。"),
    ("VerdictNotRegistered", "Not registered: no work has exactly this content.", "未登记：没有内容完全相同的作品。"),
    ("Problem_TitleRequired", "A title is required.", "标题为必填项。"),
    ("Problem_TitleTooLong", "The title is longer than {0} characters.", "标题超过 {0} 个字符。"),
    ("Problem_DescriptionTooLong", "The description is longer than {0} characters.", "描述超过 {0} 个字符。"),
    ("Problem_TooManyTags", "A work can have at most {0} tags.", "一个作品最多可有 {0} 个标签。"),
    ("Problem_TagTooLong", "A tag is longer than {0} characters.", "有标签超过 {0} 个字符。"),
    ("Problem_FileMissing", "Choose a file to register.", "请选择要登记的文件。"),
    ("Problem_FileEmpty", "The file is empty.", "文件为空。"),
    ("Problem_FileTooLarge", "The file is larger than the limit of {0} MiB.", "文件超过 {0} MiB 的上限。"),
    ("Problem_AlreadyRegistered", "Already registered as work #{0} by {1} on {2}.", "已由 {1} 于 {2} 登记为作品 #{0}。"),
    ("Problem_AlreadyRegisteredId", "Already registered as work #{0}.", "已登记为作品 #{0}。"),
    ("Problem_AlreadyInProgress", "The same file is being registered already.", "相同的文件正在登记中。"),
    ("Problem_ContentStoreUnavailable", "The content store is unavailable.", "内容存储不可用。"),
    ("Problem_ChainUnavailable", "The chain is unavailable.", "区块链不可用。"),
    ("Problem_Reverted", "The contract refused the registration.", "合约拒绝了此次登记。"),
    ("Problem_UploadMissing", "The uploaded file is no longer on the server; upload it again.", "服务器上已找不到上传的文件，请重新上传。"),
    ("Problem_CidMismatch", "The content store computed a different CID; nothing was registered.", "内容存储计算出的 CID 不一致，未进行登记。"),
    ("Problem_MalformedSha256", "'{0}' is not a valid SHA-256: expected 64 hexadecimal digits.", "“{0}”不是有效的 SHA-256：应为 64 位十六进制数字。"),
    ("Problem_MalformedCid", "'{0}' is not a valid CID.", "“{0}”不是有效的 CID。"),
    ("Problem_Network", "The upload did not reach the server. Check your connection and try again.", "上传未能到达服务器。请检查网络后重试。"),
    ("Problem_ServerError", "Something went wrong on our side. Nothing you sent was lost; try again in a moment.", "服务器出现问题。您提交的内容没有丢失，请稍后重试。"),
    ("Problem_Unknown", "The request was refused.", "请求被拒绝。"),
]

HEADER = """<?xml version="1.0" encoding="utf-8"?>
<!-- Generated by scripts/texts.py: edit the table there. -->
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
"""

def write(path, column):
    with open(path, "w", encoding="utf-8") as f:
        f.write(HEADER)
        for row in TEXTS:
            f.write(f'  <data name="{row[0]}" xml:space="preserve"><value>{escape(row[column])}</value></data>\n')
        f.write("</root>\n")

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Registry.Web", "Resources")
os.makedirs(root, exist_ok=True)
keys = [r[0] for r in TEXTS]
assert len(keys) == len(set(keys)), "duplicate keys"
write(os.path.join(root, "SharedResource.resx"), 1)
write(os.path.join(root, "SharedResource.zh-Hans.resx"), 2)
print(f"{len(TEXTS)} texts written")
