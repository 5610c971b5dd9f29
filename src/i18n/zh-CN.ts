import type { Catalog } from "./messages";

// Simplified Chinese: standard mainland UI terms, polite “您”, full-width punctuation, as Chrome's zh-CN UI.
const catalog: Catalog = {
  // Units
  "unit.gigabytes": "{n} GB",
  "unit.megabytes": "{n} MB",
  "unit.seconds": "{n} 秒",
  "unit.minutes": "{n} 分钟",
  "unit.hoursMinutes": "{h} 小时 {m} 分钟",
  "unit.none": "–",

  // The shell
  "shell.language": "语言",

  "shell.app.allDataDeleted": "所有数据已删除。",

  "shell.sidebar.label": "对话",
  "shell.sidebar.newChat": "新对话",
  "shell.sidebar.newChatTip": "新对话（Ctrl+Shift+O）",
  "shell.sidebar.searchLabel": "搜索对话",
  "shell.sidebar.searchPlaceholder": "搜索所有消息",
  "shell.sidebar.listLabel": "对话列表",
  "shell.sidebar.matches": {
    zero: "没有匹配的对话。",
    other: "找到 {count} 个匹配的对话。",
  },
  "shell.sidebar.showMore": {
    other: "显示更多对话（还有 {count} 个更早的）",
  },
  "shell.sidebarToggle.label": "对话",

  "shell.theme.label": "深色主题",
  "shell.theme.toLight": "切换到浅色主题",
  "shell.theme.toDark": "切换到深色主题",
  "shell.install.label": "安装应用",
  "shell.install.tip": "将 Hearth 安装为应用",
  "shell.network.label": "网络",
  "shell.network.offline": "离线",
  "shell.network.offlineTip": "无网络连接。对话和已下载的模型仍可使用。",

  "shell.status.label": "模型状态",
  "shell.status.idle": "未加载模型",
  "shell.status.loading": "正在加载 {name}",
  "shell.status.percent": "{percent}%",
  "shell.status.ready": "就绪",
  "shell.status.generating": "正在生成…",
  "shell.status.failed": "因出错而停止",
  "shell.status.rateTip": "上一条回复的解码速度",
  "shell.status.rate": "{rate} tok/s",

  "shell.update.label": "更新",
  "shell.update.available": "有可用更新",
  "shell.update.availableWaiting": "有可用更新 · 回复完成后再重新加载",
  "shell.update.reload": "重新加载",

  "shell.notices.linuxHelp":
    "在 Linux 上，请打开 {flags}，启用“Unsafe WebGPU Support”和“Vulkan”，然后重启浏览器。",
  "shell.notices.noWebgpu.title": "此浏览器无法运行 Hearth 的模型",
  "shell.notices.noWebgpu.body":
    "Hearth 通过 WebGPU 在您自己的 GPU 上运行 Llama，但此浏览器不支持 WebGPU。请在 Windows、macOS 或 ChromeOS 上使用 Chrome 或 Edge 113 或更高版本。{linuxHelp}",
  "shell.notices.noAdapter.title": "未找到兼容的 GPU",
  "shell.notices.noAdapter.body":
    "Hearth 通过 WebGPU 在您自己的 GPU 上运行 Llama，但此浏览器未提供可用的 GPU。请更新显卡驱动程序，确认浏览器设置中已开启硬件加速，并在电脑上使用 Chrome 或 Edge 113 或更高版本。{linuxHelp}",
  "shell.notices.gpuBusy.title": "另一个 Hearth 标签页正在使用 GPU",
  "shell.notices.gpuBusy.body":
    "再加载一份模型可能会耗尽 GPU 内存，因此此标签页不会加载模型。点击“接管”可卸载另一个标签页中的模型，并在此处加载。",
  "shell.notices.gpuBusy.takeOver": "接管",
  "shell.notices.failure.details": "详情",
  "shell.notices.failure.reload": "重新加载模型",
  "shell.notices.failure.smaller": "使用较小的模型",
  "shell.notices.failure.newChat": "新对话",

  "shell.device.title": "设备",
  "shell.device.checkingGpu": "正在检查 GPU…",
  "shell.device.noWebgpu": "此浏览器不支持 WebGPU。",
  "shell.device.noAdapter": "未找到兼容的 GPU 适配器。",
  "shell.device.vendor": "供应商",
  "shell.device.architecture": "架构",
  "shell.device.description": "描述",
  "shell.device.shaderF16": "16 位着色器",
  "shell.device.shaderF16Yes": "支持（shader-f16）",
  "shell.device.shaderF16No": "不支持",
  "shell.device.maxStorageBinding": "最大存储绑定",
  "shell.device.maxBuffer": "最大缓冲区",
  "shell.device.engineRunsOn": "引擎运行于",

  "shell.deploy.checking": "正在检查部署…",
  "shell.deploy.label": "部署",
  "shell.deploy.secure": "安全上下文",
  "shell.deploy.secureYes": "是",
  "shell.deploy.secureNo":
    "否：请通过 HTTPS 提供 Hearth，否则 WebGPU 和离线使用将不可用",
  "shell.deploy.offline": "离线副本",
  "shell.deploy.offlineReady": "已就绪，范围：{scope}",
  "shell.deploy.offlinePending": "尚未安装",
  "shell.deploy.offlineUnsupported": "此处不支持",
  "shell.deploy.swCaching": "Service Worker 缓存",
  "shell.deploy.version": "版本",
  "shell.deploy.caching.notChecked": "未检查（离线）",
  "shell.deploy.caching.everyLoad": "每次加载时检查（{value}）",
  "shell.deploy.caching.noLifetime": "未指定有效期（{value}）",
  "shell.deploy.caching.noHeader": "没有 Cache-Control 响应头",
  "shell.deploy.caching.short": "缓存 {seconds} 秒（{value}）",
  "shell.deploy.caching.long":
    "缓存 {seconds} 秒：更新最多可能延迟这么久才生效。请为 sw.js 设置 Cache-Control: no-cache",

  "shell.hosts.title": "模型下载源",
  "shell.hosts.modelsFrom": "模型来自：{host}",
  "shell.hosts.modelsFromOwn": "模型来自：{host}（您的设置）",
  "shell.hosts.modelsFromFile": "模型来自：{host}（本站的 {file}）",
  "shell.hosts.librariesFrom": "模型库来自：{host}",
  "shell.hosts.librariesFromOwn": "模型库来自：{host}（您的设置）",
  "shell.hosts.librariesFromFile": "模型库来自：{host}（本站的 {file}）",
  "shell.hosts.weightsHost": "模型权重下载源",
  "shell.hosts.libraryHost": "模型库下载源",
  "shell.hosts.hint":
    "路径结构相同的镜像：它会替换每个内置模型地址中的 {models} 和 {libraries}。留空则使用默认值。",
  "shell.hosts.saved":
    "已保存。此后下载的模型将来自这些下载源；已下载的模型保持原来的来源。",
  "shell.hosts.resetDone": "已重置：内置模型重新从本站指定的下载源获取。",
  "shell.hosts.save": "保存下载源",
  "shell.hosts.reset": "重置下载源",

  // Built-in prompts: titles only.
  "shell.prompts.builtIn.llama2Default.title": "Llama 2 默认",
  "shell.prompts.builtIn.concise.title": "简洁直接",
  "shell.prompts.builtIn.summarize.title": "总结",
  "shell.prompts.builtIn.explainCode.title": "解释代码",
  "shell.prompts.builtIn.proofread.title": "校对",
  "shell.prompts.builtIn.translate.title": "翻译成英文",

  "shell.prompts.menu.label": "已保存的提示词",
  "shell.prompts.systemKind": "（系统提示词）",
  "shell.prompts.menu.manage": "管理已保存的提示词…",
  "shell.prompts.menu.noMatch": "没有与“/{query}”匹配的已保存提示词。",
  "shell.prompts.menu.hint": "↑↓ 选择，Enter 使用，Esc 关闭",
  "shell.prompts.menu.systemSet": "已将此对话的系统提示词设为“{title}”。",

  "shell.prompts.manager.title": "已保存的提示词",
  "shell.prompts.manager.close": "关闭",
  "shell.prompts.manager.empty":
    "您还没有自己的提示词。Hearth 的内置提示词始终在“/”菜单中。",
  "shell.prompts.manager.listLabel": "您的提示词",
  "shell.prompts.manager.editLabel": "编辑提示词 {title}",
  "shell.prompts.manager.deleteLabel": "删除提示词 {title}",
  "shell.prompts.manager.edit": "编辑",
  "shell.prompts.manager.delete": "删除",
  "shell.prompts.manager.editHeading": "编辑提示词",
  "shell.prompts.manager.newHeading": "新建提示词",
  "shell.prompts.manager.titleField": "标题",
  "shell.prompts.manager.textField": "提示词内容",
  "shell.prompts.manager.systemField":
    "用作对话的系统提示词（而不是填入消息框）",
  "shell.prompts.manager.saveChanges": "保存更改",
  "shell.prompts.manager.add": "添加提示词",
  "shell.prompts.manager.cancelEdit": "取消编辑",
  "shell.prompts.manager.saved": "已保存“{title}”。",
  "shell.prompts.manager.added": "已添加“{title}”。",
  "shell.prompts.manager.deleted": "已删除“{title}”。",

  "shell.prompts.problem.noTitle": "请为提示词填写标题。",
  "shell.prompts.problem.titleTooLong": "标题超过了 {max} 个字符。",
  "shell.prompts.problem.noText": "请填写提示词内容。",
  "shell.prompts.problem.textTooLong": "内容超过了 {max} 个字符。",
  "shell.prompts.problem.readFailed": "无法读取提示词：{reason}。",
  "shell.prompts.problem.saveFailed": "无法保存提示词：{reason}。",
  "shell.prompts.problem.deleteFailed": "无法删除提示词：{reason}。",
  "shell.prompts.storage.quota": "此设备的存储空间已满",
  "shell.prompts.storage.unavailable": "此浏览器窗口已关闭存储功能",
  "shell.prompts.storage.unknown": "浏览器拒绝存储",

  // The Language chooser
  "language.failed": "无法加载 {name}：请检查网络连接，然后重新选择。",
  "language.answerIn": "让模型用{name}回答",
  "language.answerInHint":
    "适用于没有自定义系统提示词的对话。模型仍会使用您输入时所用的语言回答。",

  // Chats
  "chat.untitled": "新对话",

  "chat.composer.label": "消息",
  "chat.composer.placeholderReady": "给 Llama 发消息",
  "chat.composer.placeholderLoading": "模型正在加载，您可以先开始输入",
  "chat.composer.placeholderIdle": "给 Llama 发消息（将先加载模型）",
  "chat.composer.send": "发送",
  "chat.composer.stop": "停止",

  "chat.context.label": "已用上下文",
  "chat.context.estimate": "约 {used} / {window} 个 token（估算）",
  "chat.context.estimateOmitted": {
    other:
      "约 {used} / {window} 个 token（估算） · 为适应上下文窗口，最早的 {count} 条消息不会提供给模型",
  },

  "chat.header.label": "此对话",
  "chat.header.titleInput": "对话标题",
  "chat.header.rename": "重命名",
  "chat.header.renameTip": "重命名此对话",
  "chat.header.settingsTip": "系统提示词、温度、top-p、回复长度",
  "chat.header.exportTip": "导出此对话",
  "chat.header.export": "导出对话",
  "chat.header.exportJson": "将对话导出为 JSON",
  "chat.header.exportMarkdown": "将对话导出为 Markdown",
  "chat.header.delete": "删除对话",
  "chat.header.deleteTip": "删除此对话（可撤销）",

  "chat.actions.userGroup": "您的消息：操作",
  "chat.actions.replyGroup": "回复：操作",
  "chat.actions.copy": "复制",
  "chat.actions.copied": "已复制",
  "chat.actions.copiedStatus": "已复制到剪贴板。",
  "chat.actions.edit": "编辑",
  "chat.actions.editTip": "编辑并重新发送",
  "chat.actions.continue": "继续",
  "chat.actions.continueTip": "继续生成此回复",
  "chat.actions.regenerate": "重新生成",
  "chat.actions.regenerateTip": "重新生成此回复",
  "chat.actions.delete": "删除",
  "chat.actions.deleteTip": "删除此消息",

  "chat.badge.interrupted":
    "已中断：此回复完成前，页面已关闭或重新加载。已生成的内容会保留。",
  "chat.badge.elsewhere": "正在另一个标签页中生成…",
  "chat.badge.omitted": "未提供给模型：对话长度超出了模型的上下文窗口。",

  "chat.editor.label": "编辑消息",
  "chat.editor.later": {
    other: "发送后将添加一个新版本；此版本及其后的 {count} 条消息都会保留。",
  },
  "chat.editor.send": "发送编辑后的消息",
  "chat.editor.cancel": "取消",

  "chat.log.label": "对话",
  "chat.welcome.intro":
    "私密的聊天机器人。Llama 在此浏览器中、在您自己的 GPU 上运行；您输入的任何内容都不会离开这台设备。",
  "chat.welcome.ready": "模型已就绪。请在下方输入消息。",
  "chat.welcome.loading": "模型正在加载，您可以先开始输入。",
  "chat.welcome.idle":
    "请在顶部选择模型并点击“加载模型”，或直接发送消息：所选模型会先加载。",

  "chat.message.you": "您",
  "chat.message.assistant": "助手",
  "chat.message.stopped": "已停止",
  "chat.message.failed": "{title}{advice}",
  "chat.message.failedKept": "{title}已生成的回复内容会保留。",
  "chat.message.usage": {
    other: "预填充 {prefill} tok/s · 解码 {decode} tok/s · {tokens} 个 token",
  },

  "chat.announce.stopped": "已停止。{text}",

  "chat.settings.label": "对话设置",
  "chat.settings.systemPrompt": "系统提示词",
  "chat.settings.systemPromptPlaceholder": "无：使用模型本身的行为",
  "chat.settings.temperature": "温度",
  "chat.settings.topP": "Top-p",
  "chat.settings.maxTokens": "最大回复长度（token）",
  "chat.settings.noLimit": "不限制",
  "chat.settings.modelDefault": "模型默认值",
  "chat.settings.modelDefaultValue": "模型默认值：{value}",
  "chat.settings.note":
    "留空的字段使用 {model} 自身配置中的默认值：它的温度和 top-p；回复可一直生成，直到填满其 {window} token 的上下文窗口。",
  "chat.settings.noteNoModel":
    "留空的字段使用模型自身配置中的默认值：它的温度和 top-p；回复可一直生成，直到填满其 {window} token 的上下文窗口。",
  "chat.settings.reset": "恢复模型默认值",
  "chat.settings.close": "关闭设置",

  "chat.undo.deletedChat": "已删除对话“{title}”。",
  "chat.undo.deletedMessages": {
    other: "已删除 {count} 条消息。",
  },
  "chat.undo.undo": "撤销",
  "chat.undo.dismiss": "关闭",

  "chat.version.group": "版本 {index} / {count}",
  "chat.version.previous": "上一个版本",
  "chat.version.next": "下一个版本",

  "chat.markdown.copyCode": "复制代码",

  "chat.markdown.copy": "复制",

  "chat.markdown.copied": "已复制",

  "chat.markdown.copyFailed": "复制失败",

  "chat.markdown.image": "图片：",
  "chat.markdown.plainText": "文本",
  "chat.markdown.mathError": "无法排版此数学公式",

  // Models
  "models.facts.sizeUnknown": "下载大小未知",
  "models.facts.size": "下载 {size}",
  "models.facts.sizeAbout": "下载约 {size}",
  "models.facts.memory": "GPU 内存 {size}",
  "models.facts.memoryUnknown": "GPU 内存未知",

  "models.state.none": "未下载",
  "models.state.downloading": "正在下载 {percent}%",
  "models.state.paused": "已暂停（{percent}%）",
  "models.state.ready": "可离线使用",
  "models.state.damaged": "已损坏",
  "models.checks.sizesOnly":
    "无法校验其权重：此模型未列出校验和（旧版转换），因此只检查了文件大小。",
  "models.checks.notYet":
    "其权重是在 Hearth 开始检查校验和之前存储的：请点击“校验”进行检查。",

  "models.amount.of": "{done} / {total}",
  "models.amount.perSecond": "{size}/s",
  "models.amount.left": "剩余 {duration}",
  "models.amount.percent": "{percent}%",

  "models.progress.label": "模型加载",
  "models.progress.line": "{phase}：{details}",
  "models.progress.starting": "正在启动引擎",
  "models.progress.fetching": "正在下载模型",
  "models.progress.loading": "正在加载到 GPU",
  "models.progress.compiling": "正在编译着色器",

  "models.picker.label": "模型",
  "models.picker.none": "无模型",
  "models.picker.load": "加载模型",
  "models.picker.search": "搜索模型",
  "models.picker.showAll": "显示所有模型",
  "models.picker.list": "模型",
  "models.picker.noMatch": "没有与“{query}”匹配的模型。",
  "models.picker.customFamily": "由您添加",

  "models.first.title": "从 {model} 开始",
  "models.first.text":
    "推荐用于此设备。只需下载一次，之后即可离线使用；您随时可以在顶部选择其他模型。",
  "models.first.start": "下载并开始",

  "models.fit.label": "设备适配",
  "models.fit.noF16": "此 GPU 不支持 16 位浮点着色器（shader-f16）",
  "models.fit.f16Only":
    "{model} 没有无需 16 位着色器的版本，因此无法在此加载。请选择其他模型。",
  "models.fit.f16Fallback":
    "因此 Hearth 选择了 {model} 的 {quantization} 版本，它无需 16 位着色器，但需要更多 GPU 内存（{memory}）。",
  "models.fit.why": "为什么？",
  "models.fit.runsWell": "{model} · {fit}：{reason}。",
  "models.fit.risky": "{model} · {fit}。您仍可加载它，但{reason}。",
  "models.fit.noneFits": "预计此设备无法运行任何 Llama 模型。",
  "models.fit.useSuggested": "使用推荐模型",
  "models.fit.dismiss": "隐藏",
  "models.fit.dismissTip": "不再为此模型显示此提示",

  "models.dialog.open": "管理模型",
  "models.dialog.openTip": "下载、存储和您自己的模型",
  "models.dialog.title": "模型",
  "models.dialog.close": "关闭",
  "models.dialog.list": "此设备上的模型",

  "models.storage.used": "已用存储空间",
  "models.storage.usage":
    "已使用此浏览器允许的 {quota} 中的 {used}（剩余 {free}）。",
  "models.storage.usageWithModels":
    "已使用此浏览器允许的 {quota} 中的 {used}（剩余 {free}）；其中模型占用 {models}。",
  "models.storage.persistent":
    "存储空间为持久存储：浏览器不会自行清除其中的数据。",
  "models.storage.notPersistent":
    "存储空间不是持久存储：空间不足时，浏览器可能会清除模型。",

  "models.row.onDisk": "磁盘占用 {size}",
  "models.row.verifying": "正在校验 {model}",
  "models.row.checking": "正在检查 {done} / {total}",
  "models.row.verified": {
    other:
      "已校验：web-llm 在其缓存中找到了此模型，全部 {count} 个文件均已存储。",
  },
  "models.row.verifiedMd5": {
    other:
      "已校验：web-llm 在其缓存中找到了此模型，全部 {count} 个文件均已存储。每个分片都与其 MD5 校验和一致。",
  },
  "models.row.pause": "暂停",
  "models.row.cancel": "取消",
  "models.row.resume": "继续",
  "models.row.download": "下载",
  "models.row.repair": "修复",
  "models.row.verify": "校验",
  "models.row.delete": "删除",
  "models.row.remove": "移除",

  "models.save.button": "保存到文件夹",
  "models.save.cancel": "取消保存",
  "models.save.progressLabel": "正在将 {model} 保存到文件夹",
  "models.save.progress": "正在保存 {done} / {total}",
  "models.save.cannotOpen": "无法以写入方式打开此文件夹。请选择其他文件夹。",
  "models.save.stopped": {
    other:
      "保存已停止。已将 {count} 个文件（{size}）写入“{folder}”；正在写入的文件已丢弃。",
  },
  "models.save.saved": {
    other: "已将 {count} 个文件（{size}）保存到“{folder}”。",
  },
  "models.save.savedWithoutLibrary": {
    other:
      "已将 {count} 个文件（{size}）保存到“{folder}”。模型库未存储在此浏览器中，因此未包含在内。",
  },
  "models.save.failed": "无法保存到“{folder}”。{reason}",

  "models.folder.button": "从文件夹加载",
  "models.folder.noModel":
    "此文件夹中未找到 MLC 模型。请选择包含 mlc-chat-config.json 和 tensor-cache.json 的文件夹（即通过 git clone 得到的模型 Hugging Face 仓库）。",
  "models.folder.checking": "正在检查 {model}…",
  "models.folder.copying": "正在将 {model} 复制到 Hearth…",
  "models.folder.readyOwnLibrary":
    "{model} 已可离线使用，使用的是其文件夹中的模型库。",
  "models.folder.readyBuiltInLibrary":
    "{model} 已可离线使用：使用的是 {name} 自带的模型库。",
  "models.folder.found": "此文件夹中的模型",
  "models.folder.which": {
    other: "此文件夹包含 {count} 个模型。要使用哪一个？",
  },
  "models.folder.load": "加载 {model}",

  "models.library.url": "{model} 的模型库 URL",
  "models.library.notWasm": "{model} 的模型库 URL 应指向该模型的 .wasm 文件。",
  "models.library.use": "使用此模型库",
  "models.library.file": "或选择其 .wasm 文件",

  "models.add.open": "添加模型",
  "models.add.added": "已添加 {name}，并已在模型列表中选中。",
  "models.add.title": "添加模型",
  "models.add.hint":
    "托管在任意位置的 MLC 格式模型，例如公司内部镜像。Hearth 会在添加前先进行检查。",
  "models.add.modelUrl": "模型 URL",
  "models.add.libraryUrl": "模型库 URL",
  "models.add.name": "名称",
  "models.add.optional": "可选",
  "models.add.checking": "正在检查…",
  "models.add.submit": "添加模型",
  "models.add.cancel": "取消",
  "models.add.storageFull":
    "无法添加 {name}：此设备的存储空间已满。请释放一些磁盘空间，或删除不再使用的模型，然后重试。",
  "models.add.notSaved":
    "无法添加 {name}：浏览器无法保存它（此窗口可能关闭了存储）。请重试，或使用普通浏览器窗口。",

  "models.deleteAll.button": "删除所有数据",
  "models.deleteAll.title": "要删除所有数据吗？",
  "models.deleteAll.text":
    "此操作将从此浏览器中移除所有已下载的模型、所有对话和所有设置，且无法撤销。",
  "models.deleteAll.confirm": "全部删除",
  "models.deleteAll.keep": "保留我的数据",
  "models.deleteAll.failed": "未能删除所有数据。{reason}",

  // The engine
  "engine.error.noWebgpu.title": "此浏览器无法在 GPU 上运行模型。",
  "engine.error.noWebgpu.advice":
    "请在电脑上使用 Chrome 或 Edge 113 或更高版本。",
  "engine.error.noAdapter.title": "未找到兼容的 GPU。",
  "engine.error.noAdapter.advice": "请更新显卡驱动程序，或换一台电脑试试。",
  "engine.error.shaderF16.title":
    "此模型需要 16 位浮点着色器，但您的 GPU 不支持。",
  "engine.error.shaderF16.advice": "请改用该模型的 q4f32_1 版本。",
  "engine.error.download.title": "无法下载模型。",
  "engine.error.download.advice":
    "某个文件多次下载失败（详情见下方）。请检查网络连接，然后重试；已下载的内容会保留。",
  "engine.error.cancelled.title": "下载已取消。",
  "engine.error.cancelled.advice":
    "已下载的内容均未保留。点击“加载模型”可重新开始。",
  "engine.error.network.title": "无法下载模型：无法连接到 {host}。",
  "engine.error.network.titleNoHost": "无法下载模型：无法连接到其托管服务器。",
  "engine.error.network.advice": "请检查网络连接，然后选择“重新加载模型”。",
  "engine.error.quota.title": "存储空间不足，无法存放此模型。",
  "engine.error.quota.advice": "请释放一些磁盘空间或选择较小的模型，然后重试。",
  "engine.error.diskFull.title": "磁盘已满：下载已暂停。",
  "engine.error.diskFull.advice":
    "已下载的内容都会保留。请释放此设备上的一些空间，或在“管理模型”中删除不再需要的模型，然后继续下载。",
  "engine.error.folder.title": "无法使用此文件夹中的模型。",
  "engine.error.folder.advice":
    "某个文件与模型的 tensor-cache.json 不符（详情见下方）。其内容均未保留。请重新复制该文件夹，或下载该模型。",
  "engine.error.storage.title": "Hearth 无法使用此浏览器的存储空间。",
  "engine.error.storage.advice":
    "请确认磁盘有可用空间，且浏览器允许此网站存储数据，然后重试。",
  "engine.error.deviceLost.title": "GPU 内存不足或已被重置。",
  "engine.error.deviceLost.advice":
    "请重新加载模型，或使用较小的模型。您的消息会保留。",
  "engine.error.notLoaded.title": "模型已卸载。",
  "engine.error.notLoaded.advice":
    "选择“重新加载模型”即可再次加载。您的消息会保留。",
  "engine.error.contextWindow.title":
    "此对话的长度超出了模型一次能读取的范围。",
  "engine.error.contextWindow.advice":
    "请开始新对话，或选择上下文窗口更大的模型。",
  "engine.error.modelLibrary.title": "无法在此浏览器中启动模型程序。",
  "engine.error.modelLibrary.advice":
    "模型文件可能已损坏，或是为其他版本的 web-llm 构建的。请重新加载模型，或选择其他模型。",
  "engine.error.offline.title": "离线时不可用。",
  "engine.error.offline.advice":
    "此模型尚未下载。请连接互联网进行下载，或在“管理模型”中选择标记为“可离线使用”的模型。",
  "engine.error.workerCrashed.title": "引擎意外停止。",
  "engine.error.workerCrashed.advice":
    "Hearth 会自动重启一次；如果仍然失败，请选择“重新加载模型”。您的消息会保留。",
  "engine.error.unknown.title": "引擎出现问题。",
  "engine.error.unknown.advice": "选择“重新加载模型”重试。您的消息会保留。",

  "engine.worker.restarted": "引擎已重启。",
  "engine.worker.crashed": "引擎工作线程已崩溃。",
  "engine.worker.unreadable": "引擎发送了一条无法读取的消息。",
  "engine.worker.stoppedResponding": "引擎已停止响应。",

  "engine.load.offline": "浏览器报告当前没有网络连接。",
  "engine.gpuLock.takenOver": "另一个标签页接管了 GPU。",
  "engine.gpuLock.unloadedNotice":
    "另一个 Hearth 标签页接管了 GPU，因此此处的模型已卸载。点击“加载模型”即可重新接管。",
  "engine.restart.loadingNotice":
    "引擎意外停止，Hearth 已启动新的引擎，正在重新加载模型。您的消息会保留。",
  "engine.restart.doneNotice": "引擎意外停止，现已重启。您的消息会保留。",

  "engine.gpu.unknownVendor": "未知供应商",
  "engine.gpu.unknownArchitecture": "未知架构",
  "engine.gpu.noF16Build":
    "您的 GPU 不支持 16 位浮点着色器（shader-f16），而 {name} 没有无需此功能的版本，因此无法在此加载。请选择其他模型。",
  "engine.gpu.pickedF32":
    "您的 GPU 不支持 16 位浮点着色器（shader-f16），因此 Hearth 选择了 {name} 的 q4f32_1 版本；它需要更多 GPU 内存（{size}）。",

  "engine.fit.runsWell": "运行流畅",
  "engine.fit.mayBeTight": "可能吃紧",
  "engine.fit.wontRun": "无法运行",
  "engine.fit.device.software": "CPU 上的软件渲染器",
  "engine.fit.device.mobile": "手机或平板电脑的 GPU",
  "engine.fit.device.unified": "与系统共享内存的 Apple 芯片",
  "engine.fit.device.integrated": "与系统共享内存的集成显卡",
  "engine.fit.device.discrete": "拥有独立显存的显卡",
  "engine.fit.reason.noShaderF16":
    "它需要 16 位浮点着色器（shader-f16），而此 GPU 不支持",
  "engine.fit.reason.missingFeatures":
    "它需要此浏览器不具备的 GPU 功能（{features}）",
  "engine.fit.reason.bindingTooSmall":
    "此 GPU 允许的存储缓冲区仅为 {size}，低于 web-llm 要求的最低 128 MB",
  "engine.fit.reason.bufferTooBig":
    "它需要 {size} 的 GPU 缓冲区，超出了此 GPU 的上限（{limit}）",
  "engine.fit.reason.smallDevicesOnly":
    "它需要 1 GB 的存储缓冲区，而此 GPU 仅允许 {size}；这里只能运行为小型设备构建的模型",
  "engine.fit.have": "{size} 左右",
  "engine.fit.reason.needUnknown":
    "无法确定它需要多少 GPU 内存（其记录和下载大小均未说明）",
  "engine.fit.needEstimated": "{size}（根据 {weights} 的下载大小估算）",
  "engine.fit.reason.overBudget":
    "它需要 {need} 的 GPU 内存，而此设备（{device}）只能提供 {have}",
  "engine.fit.reason.overGuess":
    "它需要 {need} 的 GPU 内存，而 Hearth 估计此设备（{device}）有 {have}；可能会内存不足",
  "engine.fit.reason.software":
    "此 GPU 是 {device}，因此所有模型都会运行得非常慢",
  "engine.fit.reason.close":
    "它需要 {need} 的 GPU 内存，接近此设备（{device}）大概能提供的 {have}",
  "engine.fit.reason.within":
    "它需要 {need} 的 GPU 内存，远低于此设备大概拥有的 {have}",
  "engine.fit.reason.weightsOverBudget":
    "仅其权重就有 {weights}，而此设备（{device}）只能提供 {have}",
  "engine.fit.reason.estimateOverBudget":
    "据 Hearth 估计，它需要 {size} 的 GPU 内存（按其 {weights} 的下载大小推算），而此设备（{device}）有 {have}；可能会内存不足",
  "engine.suggest.runsWell": "{name} 应该能在此流畅运行：{reason}。",
  "engine.suggest.insteadRunsWell":
    "推荐用于此设备：{name}（{quantization}），因为 {first} 在此运行流畅：{reason}。",
  "engine.suggest.insteadMayBeTight":
    "推荐用于此设备：{name}（{quantization}），因为 {first} 在此可能吃紧：{reason}。",
  "engine.suggest.insteadWontRun":
    "推荐用于此设备：{name}（{quantization}），因为 {first} 无法在此运行：{reason}。",
  "engine.suggest.smallest":
    "推荐用于此设备：{name}（{quantization}），即最小的 Llama，因为预计没有模型能在此流畅运行。",

  "engine.memory.stated": "{size} 显存",
  "engine.memory.estimated": "约 {size} 显存（估算）",
  "engine.memory.unknown": "GPU 内存未知",
  "engine.entryLabel.withQuantization": "{name} · {quantization} · {memory}",
  "engine.entryLabel.plain": "{name} · {memory}",

  "engine.space.refusal":
    "此模型需要 {need}，可用空间为 {free}。请释放一些空间或选择较小的模型。",
  "engine.diskFull.heldModel": "{name}（{size}）",
  "engine.list.separator": "、",
  "engine.list.and": "{items} 和 {last}",
  "engine.diskFull.adviceNoOther":
    "已存储并保留 {stored} / {total}；模型还需要 {more}。Hearth 中没有其他模型，因此需要在此设备的其他地方腾出空间。请至少释放 {more}，然后点击“继续”。",
  "engine.diskFull.adviceOthers":
    "已存储并保留 {stored} / {total}；模型还需要 {more}。Hearth 中还有 {models}：在“管理模型”中删除其中一个即可释放其空间。请至少释放 {more}，然后点击“继续”。",

  "engine.address.notAddress": "{label} 不是网址。它应以 https:// 开头。",
  "engine.address.notHttp":
    "{label} 必须以 https:// 开头（本地服务器可使用 http://）。",
  "engine.address.notFolder": "{label} 应为文件夹地址，不能包含 ? 或 #。",

  "engine.addModel.modelUrl": "模型 URL",
  "engine.addModel.libraryUrl": "模型库 URL",
  "engine.addModel.notWasm": "模型库 URL 应指向该模型的 .wasm 文件。",
  "engine.addModel.notFound":
    "在该地址未找到 MLC 模型：{detail}。模型 URL 应为包含 mlc-chat-config.json 和 tensor-cache.json 的文件夹（文件从 <URL>/resolve/main/ 读取）。",

  "engine.folder.badConfig": "{model} 中的 {file} 不是有效的 JSON。",
  "engine.folder.noShards": "{model} 中的 {file} 没有权重分片列表。",
  "engine.folder.missing": {
    other:
      "{model} 缺少 {count} 个文件：{files}。请复制完整的模型文件夹，然后重试。",
  },
  "engine.folder.moreFiles": "{files}、…",
  "engine.folder.noLibrary":
    "{model} 的文件夹中没有模型库（.wasm），Hearth 也没有同名的内置模型可以从中获取。请在下方提供其模型库：填写地址，或选择其 .wasm 文件。",
  "engine.folder.host": "此设备上的文件夹",
  "engine.folder.hostWithLibrary": "此设备上的文件夹，模型库来自 {host}",
  "engine.stored.filesMissing": {
    other: "{total} 个文件中缺少 {count} 个。请将其删除并重新下载。",
  },
  "engine.stored.damaged": "部分文件缺失或有误。",

  // The engine worker
  "worker.error.unknown": "未知错误",
  "worker.storageFailure.full":
    "浏览器无法存储更多数据：磁盘或浏览器允许此网站使用的空间已满。",
  "worker.storageFailure.failed": "浏览器无法读写此网站的存储。",
  "worker.download.diskFull":
    "下载过程中磁盘已满：已存储并保留 {stored} / {total} 字节。",
  "worker.download.fileProblem": "{file}：{reason}",
  "worker.download.busy": "服务器繁忙（{status}）",
  "worker.download.linkExpired": "下载链接已过期（{status}）",
  "worker.download.answered": "服务器返回了 {status} {statusText}",
  "worker.download.answeredStatus": "服务器返回了 {status}",
  "worker.download.damagedTwice":
    "两次下载后均已损坏（其 MD5 校验和与 tensor-cache.json 不符）。托管服务器提供的可能是损坏的副本：请稍后重试，或为此模型使用其他下载源",
  "worker.download.connectionFailed": "连接失败（{reason}）",
  "worker.download.failed": "无法下载",
  "worker.verify.webPage": "服务器返回了网页，而不是该文件",
  "worker.verify.size": "预期 {expected} 字节，实际收到 {received} 字节",
  "worker.verify.json": "服务器返回了 JSON，而不是模型权重",
  "worker.verify.notWasm": "不是 WebAssembly 模型库",
  "worker.verify.damaged":
    "下载后已损坏（其 MD5 校验和与 tensor-cache.json 不符）",
  "worker.verify.integrity": "其完整性哈希与模型记录中的不符",
  "worker.verify.invalidJson": "不是有效的 JSON",
  "worker.verify.notObject": "不是 JSON 对象",
  "worker.verify.noShards": "没有权重分片列表",
  "worker.rehash.damaged": {
    other:
      "{names} 与 MD5 校验和不符：已在此磁盘上损坏。点击“修复”可重新获取。",
  },
  "worker.saveFolder.incomplete":
    "此模型尚未完全下载，没有完整的内容可保存。请先下载。",
  "worker.saveFolder.missing":
    "此浏览器的存储中缺少 {name}。请校验模型，或重新下载。",
  "worker.saveFolder.notAllowed":
    "Hearth 无权写入该文件夹。请重新选择该文件夹，并允许 Hearth 保存更改。",
  "worker.saveFolder.diskFull":
    "该文件夹所在的磁盘已满：无法写入 {name}。请释放一些空间，或选择其他磁盘上的文件夹。",
  "worker.saveFolder.readOnly":
    "无法写入 {name}：该文件夹可能是只读的，或者该文件已在其他程序中打开。",
  "worker.saveFolder.unreadable":
    "无法复制 {name}：该文件夹已被移动或删除，或者此浏览器存储的副本已无法读取（请校验模型）。",
  "worker.saveFolder.failed": "无法将 {name} 写入该文件夹。",
  "worker.storage.quota":
    "无法保存您最新的消息：此设备的存储空间已满。请释放一些磁盘空间或删除旧对话。在此之前，请保持此标签页打开，以免丢失内容。",
  "worker.storage.unavailable":
    "无法在此浏览器窗口中保存对话（存储功能已关闭或不可用，某些无痕窗口就是如此）。请保持此标签页打开，或导出对话，以免丢失内容。",
  "worker.storage.unknown":
    "无法保存您最新的消息：浏览器无法将其写入磁盘（磁盘可能已满）。Hearth 会继续尝试；在此之前，请保持此标签页打开，以免丢失内容。",
  "worker.storage.deleteBlocked":
    "另一个 Hearth 标签页仍在使用已存储的数据。请关闭其他 Hearth 标签页，然后重试。",

  // Attachments, import and export
  "files.attach.button": "添加附件",
  "files.attach.buttonTitle":
    "添加附件（文本、Markdown、CSV、JSON、HTML、代码、PDF）",
  "files.attach.tooLarge":
    "{name} 的大小为 {size}；Hearth 只能读取不超过 {max} 的文件。",
  "files.attach.unsupported":
    "Hearth 无法读取 {name} 这类文件。Hearth 可读取文本、Markdown、CSV、JSON、HTML、源代码和 PDF。",
  "files.attach.binary":
    "{name} 看起来是二进制文件，而不是文本。Hearth 可读取文本、Markdown、CSV、JSON、HTML、源代码和 PDF。",
  "files.attach.empty": "{name} 中没有可读取的文本。",
  "files.attach.scannedPdf":
    "{name}：此 PDF 由扫描图像组成；Hearth 只能读取文本。",
  "files.attach.passwordPdf":
    "{name} 受密码保护。请移除密码（将其打印为新的 PDF），然后重新添加。",
  "files.attach.corruptPdf":
    "无法将 {name} 作为 PDF 读取：文件已损坏，或并非真正的 PDF。",
  "files.attach.failed": "Hearth 无法读取该文件：{detail}",
  "files.attach.readerStopped": "Hearth 的文件读取器意外停止。",
  "files.attach.couldNotRead": "Hearth 无法读取 {name}。",
  "files.attach.notSaved":
    "无法保存附件：附件本次可以使用，但重新加载后将会丢失。",

  "files.chip.pages": { other: "{n} 页" },
  "files.chip.lines": { other: "{n} 行" },
  "files.chip.kilobytes": "{n} KB",
  "files.chip.meta": "{extent}，{size}",
  "files.chip.open": "查看 Hearth 提取的文本",
  "files.chip.remove": "移除 {name}",
  "files.text.label": "{name} 的文本",
  "files.text.close": "关闭",
  "files.composer.attached": "已添加的附件",
  "files.composer.reading": "正在读取 {names}…",
  "files.composer.dismiss": "关闭",
  "files.message.attachments": "随此消息发送的文件",

  "files.sources.whole": "已读取 {name} 全文",
  "files.sources.passages": {
    other: "使用了 {name} 中的 {count} 个片段（{places}）",
  },
  "files.sources.pages": { other: "第 {pages} 页" },
  "files.sources.page": "第 {n} 页",
  "files.sources.line": "第 {n} 行",
  "files.sources.lines": "第 {start}–{end} 行",
  "files.sources.passage": "{name}，{place}",
  "files.search.snippet": "{name}：{snippet}",

  "files.transfer.menu": "导出和导入",
  "files.transfer.exportJson": "将所有对话导出为 JSON",
  "files.transfer.exportMarkdown": "将所有对话导出为 Markdown",
  "files.transfer.import": "导入对话",
  "files.transfer.importFile": "要导入的对话文件",
  "files.count.chats": { other: "{n} 个对话" },
  "files.count.savedPrompts": {
    other: "{n} 个已保存的提示词",
  },
  "files.export.done": "已导出 {chats}。",
  "files.export.doneWithPrompts": "已导出 {chats}和 {prompts}。",
  "files.import.done": "已导入 {chats}。",
  "files.import.doneWithPrompts": "已导入 {chats}和 {prompts}。",
  "files.import.alreadyHere": {
    other: "另有 {n} 个已存在。",
  },
  "files.import.doneAndSkipped": "{imported}{skipped}",
  "files.import.notSaved": "对话未导入。{reason}",
  "files.import.refused": "文件未导入：{reason}。未做任何更改。",
  "files.import.problemAt": "{place}：{problem}",

  "files.import.place.within": "{place}，{part}",
  "files.import.place.file": "文件",
  "files.import.place.exportDate": "文件的导出日期",
  "files.import.place.conversations": "文件中的对话",
  "files.import.place.conversation": "对话 {n}",
  "files.import.place.message": "消息 {n}",
  "files.import.place.errorField": "错误{field}",
  "files.import.place.attachment": "附件列表，附件 {n}",
  "files.import.place.attachmentId": "附件 {n}",
  "files.import.place.passage": "片段 {n}",
  "files.import.place.source": "来源 {n}",
  "files.import.place.savedPrompts": "文件中已保存的提示词",
  "files.import.place.savedPrompt": "已保存的提示词 {n}",
  "files.import.field.id": "id",
  "files.import.field.title": "标题",
  "files.import.field.messages": "消息",
  "files.import.field.settings": "设置",
  "files.import.field.createdAt": "创建时间",
  "files.import.field.updatedAt": "最后活动时间",
  "files.import.field.promptUpdatedAt": "最后修改时间",
  "files.import.field.systemPrompt": "系统提示词",
  "files.import.field.temperature": "温度",
  "files.import.field.topP": "top-p",
  "files.import.field.maxTokens": "最大回复长度",
  "files.import.field.role": "角色",
  "files.import.field.content": "内容",
  "files.import.field.status": "状态",
  "files.import.field.usage": "用量",
  "files.import.field.promptTokens": "提示 token 数",
  "files.import.field.completionTokens": "回复 token 数",
  "files.import.field.prefillTokensPerSecond": "prefillTokensPerSecond",
  "files.import.field.decodeTokensPerSecond": "decodeTokensPerSecond",
  "files.import.field.timeToFirstTokenSeconds": "timeToFirstTokenSeconds",
  "files.import.field.modelId": "模型",
  "files.import.field.error": "错误",
  "files.import.field.code": "代码",
  "files.import.field.detail": "详情",
  "files.import.field.parentId": "父消息",
  "files.import.field.activeId": "当前消息",
  "files.import.field.attachments": "附件",
  "files.import.field.attachmentIds": "附件",
  "files.import.field.attachmentId": "附件",
  "files.import.field.name": "名称",
  "files.import.field.kind": "种类",
  "files.import.field.mime": "类型",
  "files.import.field.size": "大小",
  "files.import.field.sha256": "哈希值",
  "files.import.field.pages": "页数",
  "files.import.field.lines": "行数",
  "files.import.field.text": "文本",
  "files.import.field.passages": "片段",
  "files.import.field.page": "页码",
  "files.import.field.lineStart": "起始行",
  "files.import.field.lineEnd": "结束行",
  "files.import.field.whole": "全文",
  "files.import.field.sources": "来源",
  "files.import.field.addedAt": "添加时间",

  "files.import.kind.null": "空值（null）",
  "files.import.kind.list": "列表",
  "files.import.kind.object": "对象",
  "files.import.kind.text": "文本",
  "files.import.kind.number": "数字",
  "files.import.kind.boolean": "布尔值（true 或 false）",
  "files.import.mustBeObjectIs": "必须是对象，但实际是{kind}",
  "files.import.mustBeTextIs": "必须是文本，但实际是{kind}",
  "files.import.mustBeNumberIs": "必须是数字，但实际是{kind}",
  "files.import.mustBeListIs": "必须是列表，但实际是{kind}",
  "files.import.mustBeObject": "必须是对象",
  "files.import.mustBeText": "必须是文本",
  "files.import.mustBeList": "必须是列表",
  "files.import.forbiddenKey": "包含禁止使用的键“{key}”",
  "files.import.unknownField": "包含未知字段“{field}”",
  "files.import.missingField": "缺少字段“{field}”",
  "files.import.tooLong": "超过了 {max} 个字符",
  "files.import.empty": "为空",
  "files.import.notText": "包含非文本字符（控制字符或损坏的 Unicode）",
  "files.import.idChars": "只能包含字母、数字、“-”和“_”",
  "files.import.promptId": "只能包含字母、数字、“-”和“_”（1 到 128 个）",
  "files.import.between": "必须介于 {min} 和 {max} 之间",
  "files.import.wholeNumber": "必须是整数",
  "files.import.count": "必须是大于或等于 0 的整数",
  "files.import.time": "必须是时间（从 0 起的整数）",
  "files.import.trueOrFalse": "必须是 true 或 false",
  "files.import.oneOf": "必须是以下值之一：{options}",
  "files.import.tooManyEntries": "条目超过了 {max} 个",
  "files.import.tooManyItems": "项目超过了 {max} 个",
  "files.import.duplicateConversations": "有两个对话使用了同一个 id",
  "files.import.duplicateMessages": "有两条消息使用了同一个 id",
  "files.import.duplicateAttachments": "有两个附件使用了同一个 id",
  "files.import.duplicatePrompts": "有两个提示词使用了同一个 id",
  "files.import.notHearth": "不是 Hearth 导出文件（其“format”不是“{format}”）",
  "files.import.version":
    "版本为 {found}，而此版本的 Hearth 只能读取版本 {version}",
  "files.import.tooLarge": "文件大于 {size}",
  "files.import.notJson": "文件不是有效的 JSON（{detail}）",
  "files.import.tooManyMessages": "文件中的消息总数超过了 {max} 条",
  "files.import.tree.mixed": "部分消息指定了父消息，部分没有",
  "files.import.tree.missingParent": "指向的消息（“{id}”）不在此对话中",
  "files.import.tree.noRoot":
    "没有第一条消息：每条消息都指定了父消息，因此形成了循环",
  "files.import.tree.twoRoots":
    "有两个根：两条角色不同的第一条消息，它们不可能是同一条消息的不同版本",
  "files.import.tree.loop": "形成了循环：沿父消息追溯会回到同一条消息",
  "files.import.tree.missingActive": "指向的消息不在此对话中",

  // The Markdown export
  "files.markdown.systemPrompt": "系统提示词",
  "files.markdown.you": "您",
  "files.markdown.assistant": "助手",
  "files.markdown.roleWithNote": "{role}{note}",
  "files.markdown.stopped": "（已停止）",
  "files.markdown.failed": "（未完成即失败）",
  "files.markdown.interrupted": "（已中断）",
};

export default catalog;
