// The English catalog: the one source of message keys. Every other language's module is
// typed by this one (a key missing there is a compile error); test/unit/i18n-catalogs.test.ts
// checks that holes and plural forms match and that every key is used.
// Holes are {name}; a plural message has one form per Intl.PluralRules category, with
// {count}. Values go in as text, never as HTML.
const en = {
  // Units
  // Units written after a number the language has already formatted ({n} is text).

  "unit.gigabytes": "{n} GB",
  "unit.megabytes": "{n} MB",
  "unit.seconds": "{n} s",
  "unit.minutes": "{n} min",
  "unit.hoursMinutes": "{h} h {m} min",
  "unit.none": "–",

  // The shell: sidebar, top bar, notices, Device panel, prompts, install and update

  "shell.language": "Language",

  // The app as a whole (app.tsx).
  "shell.app.allDataDeleted": "All data was deleted.",

  // The sidebar: new chat, search, the list of chats.
  "shell.sidebar.label": "Conversations",
  "shell.sidebar.newChat": "New chat",
  "shell.sidebar.newChatTip": "New chat (Ctrl+Shift+O)",
  "shell.sidebar.searchLabel": "Search chats",
  "shell.sidebar.searchPlaceholder": "Search all messages",
  "shell.sidebar.listLabel": "Conversation list",
  "shell.sidebar.matches": {
    zero: "No chat matches.",
    one: "{count} chat matches.",
    other: "{count} chats match.",
  },
  "shell.sidebar.showMore": {
    one: "Show more chats ({count} older)",
    other: "Show more chats ({count} older)",
  },
  // The narrow-screen button that shows the sidebar.
  "shell.sidebarToggle.label": "Conversations",

  // The top bar's small controls.
  "shell.theme.label": "Dark theme",
  "shell.theme.toLight": "Switch to the light theme",
  "shell.theme.toDark": "Switch to the dark theme",
  "shell.install.label": "Install app",
  "shell.install.tip": "Install Hearth as an app",
  "shell.network.label": "Network",
  "shell.network.offline": "Offline",
  "shell.network.offlineTip":
    "No network. Conversations and downloaded models still work.",

  // The status chip: what the model is doing.
  "shell.status.label": "Model status",
  "shell.status.idle": "No model loaded",
  "shell.status.loading": "Loading {name}",
  "shell.status.percent": "{percent}%",
  "shell.status.ready": "Ready",
  "shell.status.generating": "Writing…",
  "shell.status.failed": "Stopped with an error",
  "shell.status.rateTip": "Decode speed of the last reply",
  "shell.status.rate": "{rate} tok/s",

  // The bar that offers a new version of the app.
  "shell.update.label": "Update",
  "shell.update.available": "Update available",
  "shell.update.availableWaiting":
    "Update available · Reload once the reply is finished",
  "shell.update.reload": "Reload",

  // Notices above the conversation: GPU findings and engine failures.
  "shell.notices.linuxHelp":
    "On Linux, open {flags}, turn on “Unsafe WebGPU Support” and “Vulkan”, then restart the browser.",
  "shell.notices.noWebgpu.title": "This browser cannot run Hearth’s models",
  "shell.notices.noWebgpu.body":
    "Hearth runs Llama on your own GPU through WebGPU, and this browser does not offer it. Use Chrome or Edge 113 or newer on Windows, macOS or ChromeOS. {linuxHelp}",
  "shell.notices.noAdapter.title": "No compatible GPU was found",
  "shell.notices.noAdapter.body":
    "Hearth runs Llama on your own GPU through WebGPU, and this browser offered no GPU for it. Update your graphics drivers, check that hardware acceleration is on in the browser’s settings, and use Chrome or Edge 113 or newer on a desktop computer. {linuxHelp}",
  "shell.notices.gpuBusy.title": "Another Hearth tab is using the GPU",
  "shell.notices.gpuBusy.body":
    "A second copy of a model could run the GPU out of memory, so this tab does not load one. Take over to unload the model in the other tab and load it here.",
  "shell.notices.gpuBusy.takeOver": "Take over",
  "shell.notices.failure.details": "Details",
  "shell.notices.failure.reload": "Reload model",
  "shell.notices.failure.smaller": "Use a smaller model",
  "shell.notices.failure.newChat": "New chat",

  // The Device panel: the GPU's facts.
  "shell.device.title": "Device",
  "shell.device.checkingGpu": "Checking the GPU…",
  "shell.device.noWebgpu": "WebGPU is not available in this browser.",
  "shell.device.noAdapter": "No compatible GPU adapter was found.",
  "shell.device.vendor": "Vendor",
  "shell.device.architecture": "Architecture",
  "shell.device.description": "Description",
  "shell.device.shaderF16": "16-bit shaders",
  "shell.device.shaderF16Yes": "Supported (shader-f16)",
  "shell.device.shaderF16No": "Not supported",
  "shell.device.maxStorageBinding": "Largest storage binding",
  "shell.device.maxBuffer": "Largest buffer",
  "shell.device.engineRunsOn": "Engine runs on",

  // The Device panel: the deploy check ({value} is sw.js's Cache-Control header, as sent).
  "shell.deploy.checking": "Checking the deploy…",
  "shell.deploy.label": "Deploy",
  "shell.deploy.secure": "Secure context",
  "shell.deploy.secureYes": "Yes",
  "shell.deploy.secureNo":
    "No: serve Hearth over HTTPS, or WebGPU and offline use are off",
  "shell.deploy.offline": "Offline copy",
  "shell.deploy.offlineReady": "Ready for {scope}",
  "shell.deploy.offlinePending": "Not yet installed",
  "shell.deploy.offlineUnsupported": "Not supported here",
  "shell.deploy.swCaching": "Service worker caching",
  "shell.deploy.version": "Version",
  "shell.deploy.caching.notChecked": "Not checked (offline)",
  "shell.deploy.caching.everyLoad": "Checked on every load ({value})",
  "shell.deploy.caching.noLifetime": "No lifetime given ({value})",
  "shell.deploy.caching.noHeader": "No Cache-Control header",
  "shell.deploy.caching.short": "Cached {seconds} s ({value})",
  "shell.deploy.caching.long":
    "Cached {seconds} s: updates can arrive that late. Serve sw.js with Cache-Control: no-cache",

  // The Device panel: where built-in models are downloaded from ({file} is hearth-hosts.json).
  "shell.hosts.title": "Model host",
  "shell.hosts.modelsFrom": "Models from: {host}",
  "shell.hosts.modelsFromOwn": "Models from: {host} (your setting)",
  "shell.hosts.modelsFromFile": "Models from: {host} (this site's {file})",
  "shell.hosts.librariesFrom": "Libraries from: {host}",
  "shell.hosts.librariesFromOwn": "Libraries from: {host} (your setting)",
  "shell.hosts.librariesFromFile":
    "Libraries from: {host} (this site's {file})",
  "shell.hosts.weightsHost": "Model weights host",
  "shell.hosts.libraryHost": "Model library host",
  "shell.hosts.hint":
    "A mirror with the same paths: it replaces {models} and {libraries} in every built-in model's addresses. Empty fields use the default.",
  "shell.hosts.saved":
    "Saved. Models you download from now on come from these hosts; models already downloaded keep theirs.",
  "shell.hosts.resetDone":
    "Reset: built-in models come from this site's hosts again.",
  "shell.hosts.save": "Save hosts",
  "shell.hosts.reset": "Reset hosts",

  // Hearth's built-in prompts: their titles only (the menu filters on the words shown;
  // avoid the words "prompt", "echo" and "fail"). Their texts stay English.
  "shell.prompts.builtIn.llama2Default.title": "Llama 2 default",
  "shell.prompts.builtIn.concise.title": "Brief and direct",
  "shell.prompts.builtIn.summarize.title": "Summarize",
  "shell.prompts.builtIn.explainCode.title": "Explain code",
  "shell.prompts.builtIn.proofread.title": "Proofread",
  "shell.prompts.builtIn.translate.title": "Translate into English",

  // The "/" menu under the message box.
  "shell.prompts.menu.label": "Saved prompts",
  "shell.prompts.systemKind": "(system prompt)",
  "shell.prompts.menu.manage": "Manage saved prompts…",
  "shell.prompts.menu.noMatch": "No saved prompt matches “/{query}”.",
  "shell.prompts.menu.hint": "↑↓ to choose, Enter to use, Escape to close",
  "shell.prompts.menu.systemSet":
    "System prompt set to “{title}” for this chat.",

  // The saved prompts dialog.
  "shell.prompts.manager.title": "Saved prompts",
  "shell.prompts.manager.close": "Close",
  "shell.prompts.manager.empty":
    "You have no prompts of your own yet. Hearth's built-in ones are always in the “/” menu.",
  "shell.prompts.manager.listLabel": "Your prompts",
  "shell.prompts.manager.editLabel": "Edit prompt {title}",
  "shell.prompts.manager.deleteLabel": "Delete prompt {title}",
  "shell.prompts.manager.edit": "Edit",
  "shell.prompts.manager.delete": "Delete",
  "shell.prompts.manager.editHeading": "Edit prompt",
  "shell.prompts.manager.newHeading": "New prompt",
  "shell.prompts.manager.titleField": "Title",
  "shell.prompts.manager.textField": "Prompt text",
  "shell.prompts.manager.systemField":
    "Use as the chat's system prompt (instead of filling the message box)",
  "shell.prompts.manager.saveChanges": "Save changes",
  "shell.prompts.manager.add": "Add prompt",
  "shell.prompts.manager.cancelEdit": "Cancel editing",
  "shell.prompts.manager.saved": "Saved “{title}”.",
  "shell.prompts.manager.added": "Added “{title}”.",
  "shell.prompts.manager.deleted": "Deleted “{title}”.",

  // Problems with a prompt ({reason} is one of shell.prompts.storage.*).
  "shell.prompts.problem.noTitle": "Give the prompt a title.",
  "shell.prompts.problem.titleTooLong":
    "The title is longer than {max} characters.",
  "shell.prompts.problem.noText": "Write the prompt's text.",
  "shell.prompts.problem.textTooLong":
    "The text is longer than {max} characters.",
  "shell.prompts.problem.readFailed": "The prompt could not be read: {reason}.",
  "shell.prompts.problem.saveFailed":
    "The prompt could not be saved: {reason}.",
  "shell.prompts.problem.deleteFailed":
    "The prompt could not be deleted: {reason}.",
  "shell.prompts.storage.quota": "this device's storage is full",
  "shell.prompts.storage.unavailable":
    "storage is turned off in this browser window",
  "shell.prompts.storage.unknown": "the browser refused to store it",

  // The Language chooser and what the model is told
  // The Language chooser and what the model is told about the interface language.

  "language.failed":
    "{name} could not be loaded: check your connection, then choose it again.",
  "language.answerIn": "Ask the model to answer in {name}",
  "language.answerInHint":
    "For chats without a system prompt of their own. The model still answers in the language you write in.",

  // Chats: composer, messages, versions, settings, replies
  // The chat: composer, header, messages and their actions, settings, undo, rendered replies.

  // A chat nobody has named yet (src/chat/conversation.ts keeps "New chat" as the stored title).
  "chat.untitled": "New chat",

  "chat.composer.label": "Message",
  "chat.composer.placeholderReady": "Message Llama",
  "chat.composer.placeholderLoading":
    "The model is loading; you can start typing",
  "chat.composer.placeholderIdle": "Message Llama (the model loads first)",
  "chat.composer.send": "Send",
  "chat.composer.stop": "Stop",

  "chat.context.label": "Context used",
  "chat.context.estimate": "About {used} of {window} tokens (estimate)",
  "chat.context.estimateOmitted": {
    one: "About {used} of {window} tokens (estimate) · the oldest message is left out of what the model reads, to fit its context window",
    other:
      "About {used} of {window} tokens (estimate) · the {count} oldest messages are left out of what the model reads, to fit its context window",
  },

  "chat.header.label": "This chat",
  "chat.header.titleInput": "Chat title",
  "chat.header.rename": "Rename",
  "chat.header.renameTip": "Rename this chat",
  "chat.header.settingsTip": "System prompt, temperature, top-p, reply length",
  "chat.header.exportTip": "Export this chat",
  "chat.header.export": "Export chat",
  "chat.header.exportJson": "Export chat as JSON",
  "chat.header.exportMarkdown": "Export chat as Markdown",
  "chat.header.delete": "Delete chat",
  "chat.header.deleteTip": "Delete this chat (you can undo)",

  "chat.actions.userGroup": "Your message: actions",
  "chat.actions.replyGroup": "Reply: actions",
  "chat.actions.copy": "Copy",
  "chat.actions.copied": "Copied",
  "chat.actions.copiedStatus": "Copied to the clipboard.",
  "chat.actions.edit": "Edit",
  "chat.actions.editTip": "Edit and resend",
  "chat.actions.continue": "Continue",
  "chat.actions.continueTip": "Continue this reply",
  "chat.actions.regenerate": "Regenerate",
  "chat.actions.regenerateTip": "Write this reply again",
  "chat.actions.delete": "Delete",
  "chat.actions.deleteTip": "Delete this message",

  "chat.badge.interrupted":
    "Interrupted: the page was closed or reloaded before this reply finished. What was written is kept.",
  "chat.badge.elsewhere": "Being written in another tab…",
  "chat.badge.omitted":
    "Left out of what the model reads: the chat is longer than its context window.",

  "chat.editor.label": "Edit message",
  "chat.editor.later": {
    one: "Sending adds a new version; this one and the message after it are kept.",
    other:
      "Sending adds a new version; this one and the {count} messages after it are kept.",
  },
  "chat.editor.send": "Send edited message",
  "chat.editor.cancel": "Cancel",

  "chat.log.label": "Conversation",
  "chat.welcome.intro":
    "A private chatbot. Llama runs on your own GPU, inside this browser; nothing you type leaves this machine.",
  "chat.welcome.ready": "The model is ready. Type a message below.",
  "chat.welcome.loading": "The model is loading; you can start typing.",
  "chat.welcome.idle":
    "Choose a model at the top and press Load model, or just send a message: the chosen model loads first.",

  "chat.message.you": "You",
  "chat.message.assistant": "Assistant",
  "chat.message.stopped": "Stopped",
  // {title} and {advice}: the failure's own sentences (src/engine/errors.ts).
  "chat.message.failed": "{title} {advice}",
  "chat.message.failedKept": "{title} The reply so far is kept.",
  // {tokens} is the count already written (count picks the form).
  "chat.message.usage": {
    other: "Prefill {prefill} tok/s · decode {decode} tok/s · {tokens} tokens",
  },

  // A finished reply read out once; {text} is the reply.
  "chat.announce.stopped": "Stopped. {text}",

  "chat.settings.label": "Chat settings",
  "chat.settings.systemPrompt": "System prompt",
  "chat.settings.systemPromptPlaceholder": "None: the model's own behaviour",
  "chat.settings.temperature": "Temperature",
  "chat.settings.topP": "Top-p",
  "chat.settings.maxTokens": "Maximum reply length (tokens)",
  "chat.settings.noLimit": "No limit",
  "chat.settings.modelDefault": "Model default",
  "chat.settings.modelDefaultValue": "Model default: {value}",
  "chat.settings.note":
    "Empty fields use {model}'s defaults, from its own configuration: its temperature and top-p, and replies that may run until its {window}-token context window is full.",
  "chat.settings.noteNoModel":
    "Empty fields use the model's defaults, from its own configuration: its temperature and top-p, and replies that may run until its {window}-token context window is full.",
  "chat.settings.reset": "Reset to model defaults",
  "chat.settings.close": "Close settings",

  "chat.undo.deletedChat": "Deleted the chat “{title}”.",
  "chat.undo.deletedMessages": {
    one: "Deleted a message.",
    other: "Deleted {count} messages.",
  },
  "chat.undo.undo": "Undo",
  "chat.undo.dismiss": "Dismiss",

  "chat.version.group": "Version {index} of {count}",
  "chat.version.previous": "Previous version",
  "chat.version.next": "Next version",

  "chat.markdown.copyCode": "Copy code",

  "chat.markdown.copy": "Copy",

  "chat.markdown.copied": "Copied",

  "chat.markdown.copyFailed": "Copy failed",

  "chat.markdown.image": "Image:",
  // The label of a code block that names no language.
  "chat.markdown.plainText": "text",
  "chat.markdown.mathError": "This math could not be typeset",

  // Models: picker, first step, Models dialog, folders
  // The model picker, the Models dialog, the first-visit card and loading progress.

  // Facts about a model, shown in the picker, the Models dialog and the first-visit card.
  "models.facts.sizeUnknown": "download size unknown",
  "models.facts.size": "{size} download",
  "models.facts.sizeAbout": "about {size} download",
  "models.facts.memory": "{size} GPU memory",
  "models.facts.memoryUnknown": "GPU memory unknown",

  // A model's state on this device, as a short badge. {percent} is a whole number.
  "models.state.none": "Not downloaded",
  "models.state.downloading": "Downloading {percent}%",
  "models.state.paused": "Paused at {percent}%",
  "models.state.ready": "Ready offline",
  "models.state.damaged": "Damaged",
  "models.checks.sizesOnly":
    "Its weights could not be verified: this model lists no checksums (an old conversion), so only their sizes were checked.",
  "models.checks.notYet":
    "Its weights were stored before Hearth checked checksums: press Verify to check them.",

  // Pieces of a progress line, joined with " · ".
  "models.amount.of": "{done} of {total}",
  "models.amount.perSecond": "{size}/s",
  "models.amount.left": "{duration} left",
  "models.amount.percent": "{percent}%",

  // Loading a model into the engine.
  "models.progress.label": "Model loading",
  "models.progress.line": "{phase}: {details}",
  "models.progress.starting": "Starting the engine",
  "models.progress.fetching": "Downloading the model",
  "models.progress.loading": "Loading into the GPU",
  "models.progress.compiling": "Compiling shaders",

  // The model chooser in the top bar.
  "models.picker.label": "Model",
  "models.picker.none": "No model",
  "models.picker.load": "Load model",
  "models.picker.search": "Search models",
  "models.picker.showAll": "Show all models",
  "models.picker.list": "Models",
  "models.picker.noMatch": "No model matches “{query}”.",
  // The group of models a person added (the others are named by family: "Llama 2").
  "models.picker.customFamily": "Added by you",

  // The first visit's suggested model.
  "models.first.title": "Start with {model}",
  "models.first.text":
    "Suggested for this device. It is downloaded once and then works offline; you can pick another model at the top at any time.",
  "models.first.start": "Download and start",

  // The fit advisor's note on the chosen model. {fit} is "runs well", "may be tight"...;
  // {reason} is a clause from the fit advisor.
  "models.fit.label": "Device fit",
  "models.fit.noF16": "this GPU lacks 16-bit float shaders (shader-f16)",
  "models.fit.f16Only":
    "{model} has no build without 16-bit shaders, so it will not load here. Pick another model.",
  "models.fit.f16Fallback":
    "So Hearth picked the {quantization} build of {model}, which needs no 16-bit shaders but more GPU memory ({memory}).",
  "models.fit.why": "Why?",
  "models.fit.runsWell": "{model} · {fit}: {reason}.",
  "models.fit.risky": "{model} · {fit}. You can still load it, but {reason}.",
  "models.fit.noneFits": "No Llama model is expected to run on this device.",
  "models.fit.useSuggested": "Use suggested model",
  "models.fit.dismiss": "Dismiss",
  "models.fit.dismissTip": "Hide this note for this model",

  // The Models dialog.
  "models.dialog.open": "Manage models",
  "models.dialog.openTip": "Downloads, storage and your own models",
  "models.dialog.title": "Models",
  "models.dialog.close": "Close",
  "models.dialog.list": "Models on this device",

  // The browser's storage, at the top of the Models dialog.
  "models.storage.used": "Storage used",
  "models.storage.usage":
    "Using {used} of {quota} this browser allows ({free} free).",
  "models.storage.usageWithModels":
    "Using {used} of {quota} this browser allows ({free} free); models take {models}.",
  "models.storage.persistent":
    "Storage is persistent: the browser will not clear it on its own.",
  "models.storage.notPersistent":
    "Storage is not persistent: the browser may clear models when space runs low.",

  // One model's row in the Models dialog.
  "models.row.onDisk": "{size} on disk",
  "models.row.verifying": "Verifying {model}",
  "models.row.checking": "Checking {done} of {total}",
  "models.row.verified": {
    one: "Verified: web-llm finds this model in its cache, and all {count} files are stored.",
    other:
      "Verified: web-llm finds this model in its cache, and all {count} files are stored.",
  },
  "models.row.verifiedMd5": {
    one: "Verified: web-llm finds this model in its cache, and all {count} files are stored. Every shard matches its MD5 checksum.",
    other:
      "Verified: web-llm finds this model in its cache, and all {count} files are stored. Every shard matches its MD5 checksum.",
  },
  "models.row.pause": "Pause",
  "models.row.cancel": "Cancel",
  "models.row.resume": "Resume",
  "models.row.download": "Download",
  "models.row.repair": "Repair",
  "models.row.verify": "Verify",
  "models.row.delete": "Delete",
  "models.row.remove": "Remove",

  // Save to folder, in a downloaded model's row.
  "models.save.button": "Save to folder",
  "models.save.cancel": "Cancel saving",
  "models.save.progressLabel": "Saving {model} to folder",
  "models.save.progress": "Saving {done} of {total}",
  "models.save.cannotOpen":
    "The folder could not be opened for writing. Choose another folder.",
  "models.save.stopped": {
    one: "Saving stopped. {count} file ({size}) written to “{folder}”; the file in progress was discarded.",
    other:
      "Saving stopped. {count} files ({size}) written to “{folder}”; the file in progress was discarded.",
  },
  "models.save.saved": {
    one: "Saved {count} file ({size}) to “{folder}”.",
    other: "Saved {count} files ({size}) to “{folder}”.",
  },
  "models.save.savedWithoutLibrary": {
    one: "Saved {count} file ({size}) to “{folder}”. The model library is not stored in this browser, so it was left out.",
    other:
      "Saved {count} files ({size}) to “{folder}”. The model library is not stored in this browser, so it was left out.",
  },
  "models.save.failed": "Could not save to “{folder}”. {reason}",

  // Load from folder.
  "models.folder.button": "Load from folder",
  "models.folder.noModel":
    "No MLC model was found in this folder. Choose the folder that holds mlc-chat-config.json and tensor-cache.json (a model's Hugging Face repository, as git clone makes it).",
  "models.folder.checking": "Checking {model}…",
  "models.folder.copying": "Copying {model} into Hearth…",
  "models.folder.readyOwnLibrary":
    "{model} is ready offline, with the library from its folder.",
  "models.folder.readyBuiltInLibrary":
    "{model} is ready offline: the library is {name}'s own.",
  "models.folder.found": "Models in this folder",
  "models.folder.which": {
    one: "This folder holds {count} model. Which one?",
    other: "This folder holds {count} models. Which one?",
  },
  "models.folder.load": "Load {model}",

  // A folder model's library, when the folder has none.
  "models.library.url": "Library URL for {model}",
  "models.library.notWasm":
    "Library URL for {model} should point to the model's .wasm file.",
  "models.library.use": "Use this library",
  "models.library.file": "Or its .wasm file",

  // Add model.
  "models.add.open": "Add model",
  "models.add.added": "Added {name}. It is selected in the Model list.",
  "models.add.title": "Add a model",
  "models.add.hint":
    "An MLC-format model hosted anywhere, for example a company mirror. Hearth checks it before adding it.",
  "models.add.modelUrl": "Model URL",
  "models.add.libraryUrl": "Model library URL",
  "models.add.name": "Name",
  "models.add.optional": "Optional",
  "models.add.checking": "Checking…",
  "models.add.submit": "Add model",
  "models.add.cancel": "Cancel",
  "models.add.storageFull":
    "{name} could not be added: this device's storage is full. Free some disk space or delete a model you no longer use, then try again.",
  "models.add.notSaved":
    "{name} could not be added: the browser could not save it (storage may be turned off in this window). Try again, or use a regular browser window.",

  // Delete all data.
  "models.deleteAll.button": "Delete all data",
  "models.deleteAll.title": "Delete all data?",
  "models.deleteAll.text":
    "This removes every downloaded model, every conversation and all settings from this browser. It cannot be undone.",
  "models.deleteAll.confirm": "Delete everything",
  "models.deleteAll.keep": "Keep my data",
  "models.deleteAll.failed": "Not everything could be deleted. {reason}",

  // The engine: errors, fit, memory, storage, addresses, folders
  // The engine's words (src/engine/): failures, fit advice, space checks, model facts.

  // errors.ts: what each failure means, and what to do next.
  "engine.error.noWebgpu.title": "This browser cannot run models on the GPU.",
  "engine.error.noWebgpu.advice":
    "Use Chrome or Edge 113 or newer on a desktop computer.",
  "engine.error.noAdapter.title": "No compatible GPU was found.",
  "engine.error.noAdapter.advice":
    "Update your graphics drivers, or try another computer.",
  "engine.error.shaderF16.title":
    "This model needs 16-bit float shaders, which your GPU lacks.",
  "engine.error.shaderF16.advice":
    "Pick the q4f32_1 build of the model instead.",
  "engine.error.download.title": "The model could not be downloaded.",
  "engine.error.download.advice":
    "A file kept failing (details below). Check your connection, then try again; what is already downloaded is kept.",
  "engine.error.cancelled.title": "The download was cancelled.",
  "engine.error.cancelled.advice":
    "Nothing of it was kept. Press Load model to start again.",
  "engine.error.network.title":
    "The model could not be downloaded: {host} could not be reached.",
  "engine.error.network.titleNoHost":
    "The model could not be downloaded: its host could not be reached.",
  "engine.error.network.advice":
    "Check your internet connection, then choose Reload model.",
  "engine.error.quota.title":
    "There is not enough storage space for this model.",
  "engine.error.quota.advice":
    "Free some disk space or pick a smaller model, then try again.",
  "engine.error.diskFull.title": "The disk is full: the download is paused.",
  "engine.error.diskFull.advice":
    "Everything downloaded so far is kept. Free some space on this device, or delete a model you no longer need in Manage models, then resume.",
  "engine.error.folder.title": "The model in this folder could not be used.",
  "engine.error.folder.advice":
    "A file does not match what the model's tensor-cache.json says (details below). Nothing of it was kept. Copy the folder again, or download the model.",
  "engine.error.storage.title": "Hearth could not use this browser's storage.",
  "engine.error.storage.advice":
    "Check that the disk has free space and that the browser allows this site to store data, then try again.",
  "engine.error.deviceLost.title": "The GPU ran out of memory or was reset.",
  "engine.error.deviceLost.advice":
    "Reload the model, or use a smaller one. Your messages are kept.",
  "engine.error.notLoaded.title": "The model is no longer loaded.",
  "engine.error.notLoaded.advice":
    "Choose Reload model to load it again. Your messages are kept.",
  "engine.error.contextWindow.title":
    "This conversation is longer than the model can read at once.",
  "engine.error.contextWindow.advice":
    "Start a new chat, or pick a model with a larger context window.",
  "engine.error.modelLibrary.title":
    "The model's program could not be started in this browser.",
  "engine.error.modelLibrary.advice":
    "The model files may be damaged or built for another web-llm version. Reload the model, or pick another.",
  "engine.error.offline.title": "Not available offline.",
  "engine.error.offline.advice":
    "This model is not downloaded yet. Connect to the internet to download it, or pick a model marked Ready offline in Manage models.",
  "engine.error.workerCrashed.title": "The engine stopped unexpectedly.",
  "engine.error.workerCrashed.advice":
    "Hearth restarts it once by itself; if that fails, choose Reload model. Your messages are kept.",
  "engine.error.unknown.title": "Something went wrong in the engine.",
  "engine.error.unknown.advice":
    "Choose Reload model to try again. Your messages are kept.",

  // engine-client.ts: why the requests in flight failed when the worker went away.
  "engine.worker.restarted": "The engine was restarted.",
  "engine.worker.crashed": "The engine worker crashed.",
  "engine.worker.unreadable":
    "The engine sent a message that could not be read.",
  "engine.worker.stoppedResponding": "The engine stopped responding.",

  // engine-model.ts
  "engine.load.offline": "The browser reports no network connection.",
  "engine.gpuLock.takenOver": "Another tab took over the GPU.",
  "engine.gpuLock.unloadedNotice":
    "Another Hearth tab took over the GPU, so the model was unloaded here. Press Load model to take it back.",
  "engine.restart.loadingNotice":
    "The engine stopped unexpectedly, so Hearth started a new one and is loading the model again. Your messages are kept.",
  "engine.restart.doneNotice":
    "The engine stopped unexpectedly and was restarted. Your messages are kept.",

  // gpu.ts
  "engine.gpu.unknownVendor": "unknown vendor",
  "engine.gpu.unknownArchitecture": "unknown architecture",
  "engine.gpu.noF16Build":
    "Your GPU lacks 16-bit float shaders (shader-f16), and {name} has no build without them, so it will not load here. Pick another model.",
  "engine.gpu.pickedF32":
    "Your GPU lacks 16-bit float shaders (shader-f16), so Hearth picked the q4f32_1 build of {name}; it needs more GPU memory ({size}).",

  // fit-advisor.ts: the verdicts, and the reasons (clauses the UI sets in its sentences).
  "engine.fit.runsWell": "runs well",
  "engine.fit.mayBeTight": "may be tight",
  "engine.fit.wontRun": "won't run",
  "engine.fit.device.software": "a software renderer on the CPU",
  "engine.fit.device.mobile": "a phone or tablet GPU",
  "engine.fit.device.unified": "Apple silicon sharing memory with the system",
  "engine.fit.device.integrated":
    "an integrated GPU sharing the system's memory",
  "engine.fit.device.discrete": "a graphics card with its own memory",
  "engine.fit.reason.noShaderF16":
    "it needs 16-bit float shaders (shader-f16), which this GPU lacks",
  "engine.fit.reason.missingFeatures":
    "it needs GPU features this browser lacks ({features})",
  "engine.fit.reason.bindingTooSmall":
    "this GPU allows storage buffers of only {size}, below web-llm's 128 MB minimum",
  "engine.fit.reason.bufferTooBig":
    "it needs GPU buffers of {size}, more than this GPU allows ({limit})",
  "engine.fit.reason.smallDevicesOnly":
    "it needs 1 GB storage buffers and this GPU allows {size}; only models built for small devices run here",
  "engine.fit.have": "about {size}",
  "engine.fit.reason.needUnknown":
    "Hearth does not know how much GPU memory it needs (neither its record nor its download size says)",
  "engine.fit.needEstimated":
    "an estimated {size} (from its {weights} download)",
  "engine.fit.reason.overBudget":
    "it needs {need} of GPU memory and this device ({device}) can give it {have}",
  "engine.fit.reason.overGuess":
    "it needs {need} of GPU memory, and Hearth guesses this device ({device}) has {have}; it may run out of memory",
  "engine.fit.reason.software":
    "this GPU is {device}, so every model runs very slowly",
  "engine.fit.reason.close":
    "it needs {need} of GPU memory, close to the {have} this device ({device}) can likely give",
  "engine.fit.reason.within":
    "it needs {need} of GPU memory, well within the {have} this device likely has",
  "engine.fit.reason.weightsOverBudget":
    "its weights alone are {weights} and this device ({device}) can give it {have}",
  "engine.fit.reason.estimateOverBudget":
    "Hearth estimates it needs {size} of GPU memory (from its {weights} download), and this device ({device}) has {have}; it may run out of memory",
  "engine.suggest.runsWell": "{name} should run well here: {reason}.",
  "engine.suggest.insteadRunsWell":
    "Suggested for this device: {name} ({quantization}), because {first} runs well here: {reason}.",
  "engine.suggest.insteadMayBeTight":
    "Suggested for this device: {name} ({quantization}), because {first} may be tight here: {reason}.",
  "engine.suggest.insteadWontRun":
    "Suggested for this device: {name} ({quantization}), because {first} won't run here: {reason}.",
  "engine.suggest.smallest":
    "Suggested for this device: {name} ({quantization}), the smallest Llama, because no model is expected to run well here.",

  // memory-need.ts: "6.6 GB VRAM", and a model's one-line label.
  "engine.memory.stated": "{size} VRAM",
  "engine.memory.estimated": "about {size} VRAM (estimated)",
  "engine.memory.unknown": "GPU memory unknown",
  "engine.entryLabel.withQuantization": "{name} · {quantization} · {memory}",
  "engine.entryLabel.plain": "{name} · {memory}",

  // storage-check.ts
  "engine.space.refusal":
    "This model needs {need}, {free} free. Free some space or pick a smaller model.",
  "engine.diskFull.heldModel": "{name} ({size})",
  "engine.list.separator": ", ",
  "engine.list.and": "{items} and {last}",
  "engine.diskFull.adviceNoOther":
    "{stored} of {total} are stored and kept; the model needs {more} more. Hearth holds no other model, so the space must come from elsewhere on this device. Free at least {more}, then press Resume.",
  "engine.diskFull.adviceOthers":
    "{stored} of {total} are stored and kept; the model needs {more} more. Hearth also holds {models}: deleting one in Manage models frees its space. Free at least {more}, then press Resume.",

  // web-address.ts, model-hosts.ts: {label} is the field's name.
  "engine.address.notAddress":
    "{label} is not a web address. It should start with https://",
  "engine.address.notHttp":
    "{label} must start with https:// (or http:// for a local server).",
  "engine.address.notFolder":
    "{label} should be a folder address, without ? or #.",

  // custom-model.ts, model-manager.ts: Add model.
  "engine.addModel.modelUrl": "Model URL",
  "engine.addModel.libraryUrl": "Model library URL",
  "engine.addModel.notWasm":
    "Model library URL should point to the model's .wasm file.",
  "engine.addModel.notFound":
    "No MLC model was found at that address: {detail}. The Model URL should be the folder that holds mlc-chat-config.json and tensor-cache.json (files are read from <URL>/resolve/main/).",

  // folder-scan.ts, model-manager.ts: a model from a folder, and stored models.
  "engine.folder.badConfig": "{file} in {model} is not valid JSON.",
  "engine.folder.noShards": "{file} in {model} has no list of weight shards.",
  "engine.folder.missing": {
    one: "{model} is missing a file: {files}. Copy the whole model folder and try again.",
    other:
      "{model} is missing {count} files: {files}. Copy the whole model folder and try again.",
  },
  "engine.folder.moreFiles": "{files}, …",
  "engine.folder.noLibrary":
    "{model} has no model library (.wasm) in its folder, and Hearth has no built-in model of that name to take one from. Give its library below: its address, or its .wasm file.",
  "engine.folder.host": "a folder on this device",
  "engine.folder.hostWithLibrary":
    "a folder on this device, library from {host}",
  "engine.stored.filesMissing": {
    one: "{count} of {total} files are missing. Delete it and download it again.",
    other:
      "{count} of {total} files are missing. Delete it and download it again.",
  },
  "engine.stored.damaged": "Some files are missing or wrong.",

  // The engine worker: downloads, Verify, Save to folder, storage
  // The engine worker's words (download, verify and save problems, shown as an engine
  // failure's details or a model's problem) and the page's storage messages.

  "worker.error.unknown": "Unknown error",
  "worker.storageFailure.full":
    "The browser could not store more: the disk, or the space the browser allows this site, is full.",
  "worker.storageFailure.failed":
    "The browser could not read or write its storage for this site.",
  // {stored} and {total}: byte counts, written as plain digits.
  "worker.download.diskFull":
    "The disk filled up during the download: {stored} of {total} bytes are stored and kept.",
  // A file's name, then what went wrong with it (one of the reasons below).
  "worker.download.fileProblem": "{file}: {reason}",
  // {status}: an HTTP status code.
  "worker.download.busy": "the server is busy ({status})",
  "worker.download.linkExpired": "its download link expired ({status})",
  // {statusText}: the server's own words for the status ("Not Found"), in English.
  "worker.download.answered": "the server answered {status} {statusText}",
  "worker.download.answeredStatus": "the server answered {status}",
  "worker.download.damagedTwice":
    "it arrived damaged (its MD5 checksum does not match tensor-cache.json), twice. The host may be serving a broken copy: try again later, or use another host for this model",
  // {reason}: the browser's own words.
  "worker.download.connectionFailed": "the connection failed ({reason})",
  "worker.download.failed": "it could not be downloaded",
  "worker.verify.webPage": "the server sent a web page instead of the file",
  // {expected} and {received}: byte counts, written as plain digits.
  "worker.verify.size": "expected {expected} bytes, received {received}",
  "worker.verify.json": "the server sent JSON instead of model weights",
  "worker.verify.notWasm": "not a WebAssembly model library",
  "worker.verify.damaged":
    "it arrived damaged (its MD5 checksum does not match tensor-cache.json)",
  "worker.verify.integrity":
    "its integrity hash does not match the model record's",
  "worker.verify.invalidJson": "not valid JSON",
  "worker.verify.notObject": "not a JSON object",
  "worker.verify.noShards": "has no list of weight shards",
  // {names}: the damaged files' names, separated by commas; {count}: how many.
  "worker.rehash.damaged": {
    one: "{names} does not match its MD5 checksum: damaged on this disk. Repair fetches it again.",
    other:
      "{names} do not match their MD5 checksum: damaged on this disk. Repair fetches them again.",
  },
  "worker.saveFolder.incomplete":
    "This model is not completely downloaded, so there is nothing whole to save. Download it first.",
  "worker.saveFolder.missing":
    "{name} is missing from this browser's storage. Verify the model, or download it again.",
  "worker.saveFolder.notAllowed":
    "Hearth was not allowed to write to that folder. Choose it again and allow Hearth to save changes.",
  "worker.saveFolder.diskFull":
    "The folder's disk is full: {name} could not be written. Free some space, or choose a folder on another disk.",
  "worker.saveFolder.readOnly":
    "{name} could not be written: the folder may be read-only, or the file is open in another program.",
  "worker.saveFolder.unreadable":
    "{name} could not be copied: the folder was moved or removed, or this browser's stored copy can no longer be read (Verify the model).",
  "worker.saveFolder.failed": "{name} could not be written to that folder.",
  "worker.storage.quota":
    "Your latest messages could not be saved: this device's storage is full. Free some disk space or delete old chats. Until then, keep this tab open so nothing is lost.",
  "worker.storage.unavailable":
    "Chats cannot be saved in this browser window (storage is turned off or unavailable, as in some private windows). Keep this tab open, or export your chat, so nothing is lost.",
  "worker.storage.unknown":
    "Your latest messages could not be saved: the browser could not write them to disk (it may be full). Hearth keeps trying; until then, keep this tab open so nothing is lost.",
  "worker.storage.deleteBlocked":
    "Another Hearth tab is still using the stored data. Close your other Hearth tabs and try again.",

  // Attachments, import and export
  // Attachments (src/attachments, src/ui/attachments) and export/import (src/transfer,
  // src/ui/transfer). Counts written `{n}` are passed already written, without grouping,
  // as Hearth has always shown them; `{count}` then only chooses the plural form.

  // The paperclip and refused files.
  "files.attach.button": "Attach files",
  "files.attach.buttonTitle":
    "Attach files (text, Markdown, CSV, JSON, HTML, code, PDF)",
  "files.attach.tooLarge": "{name} is {size}; Hearth reads files up to {max}.",
  "files.attach.unsupported":
    "{name} is not a kind of file Hearth can read. Hearth reads text, Markdown, CSV, JSON, HTML, source code and PDF.",
  "files.attach.binary":
    "{name} looks like a binary file, not text. Hearth reads text, Markdown, CSV, JSON, HTML, source code and PDF.",
  "files.attach.empty": "{name} has no text to read.",
  "files.attach.scannedPdf":
    "{name}: this PDF is scanned images; Hearth can only read text.",
  "files.attach.passwordPdf":
    "{name} is protected by a password. Remove the password (print it to a new PDF) and attach it again.",
  "files.attach.corruptPdf":
    "{name} could not be read as a PDF: the file is damaged or not really a PDF.",
  // {detail} is the reader's own error, as it said it.
  "files.attach.failed": "Hearth could not read the file: {detail}",
  "files.attach.readerStopped": "Hearth's file reader stopped unexpectedly.",
  "files.attach.couldNotRead": "Hearth could not read {name}.",
  "files.attach.notSaved":
    "The attachments could not be saved: they are used now but will be gone after a reload.",

  // Chips: a file's name, then "3 pages, 120 KB".
  "files.chip.pages": { one: "{n} page", other: "{n} pages" },
  "files.chip.lines": { one: "{n} line", other: "{n} lines" },
  "files.chip.kilobytes": "{n} KB",
  "files.chip.meta": "{extent}, {size}",
  "files.chip.open": "Read the text Hearth extracted",
  "files.chip.remove": "Remove {name}",
  "files.text.label": "Text of {name}",
  "files.text.close": "Close",
  "files.composer.attached": "Attached files",
  // {names}: the files' names, joined by ", ".
  "files.composer.reading": "Reading {names}…",
  "files.composer.dismiss": "Dismiss",
  "files.message.attachments": "Files sent with this message",

  // Under a reply: what it was given from the attachments.
  "files.sources.whole": "Read all of {name}",
  "files.sources.passages": {
    one: "Used {count} passage from {name} ({places})",
    other: "Used {count} passages from {name} ({places})",
  },
  // {pages}: page numbers joined by ", ".
  "files.sources.pages": { one: "page {pages}", other: "pages {pages}" },
  "files.sources.page": "page {n}",
  "files.sources.line": "line {n}",
  "files.sources.lines": "lines {start}–{end}",
  "files.sources.passage": "{name}, {place}",
  // A chat found by its attachment in the sidebar search: the file's name, then the text.
  "files.search.snippet": "{name}: {snippet}",

  // Export and import.
  "files.transfer.menu": "Export and import",
  "files.transfer.exportJson": "Export all chats as JSON",
  "files.transfer.exportMarkdown": "Export all chats as Markdown",
  "files.transfer.import": "Import chats",
  "files.transfer.importFile": "Chats file to import",
  "files.count.chats": { one: "{n} chat", other: "{n} chats" },
  "files.count.savedPrompts": {
    one: "{n} saved prompt",
    other: "{n} saved prompts",
  },
  // {chats}, {prompts}: "2 chats", "1 saved prompt".
  "files.export.done": "Exported {chats}.",
  "files.export.doneWithPrompts": "Exported {chats} and {prompts}.",
  "files.import.done": "Imported {chats}.",
  "files.import.doneWithPrompts": "Imported {chats} and {prompts}.",
  "files.import.alreadyHere": {
    one: "{n} was already here.",
    other: "{n} were already here.",
  },
  "files.import.doneAndSkipped": "{imported} {skipped}",
  // {reason}: why the data could not be stored (the storage's own message).
  "files.import.notSaved": "The chats were not imported. {reason}",
  // {reason}: one of the problems below, with its place ("Conversation 1, title: is empty").
  "files.import.refused":
    "The file was not imported: {reason}. Nothing was changed.",
  "files.import.problemAt": "{place}: {problem}",

  // Places in an import file, as refusals name them: "Conversation 2, message 5, content".
  "files.import.place.within": "{place}, {part}",
  "files.import.place.file": "The file",
  "files.import.place.exportDate": "The file's export date",
  "files.import.place.conversations": "The file's conversations",
  "files.import.place.conversation": "Conversation {n}",
  "files.import.place.message": "message {n}",
  // {field}: "code" or "detail", below.
  "files.import.place.errorField": "error {field}",
  "files.import.place.attachment": "attachments, attachment {n}",
  "files.import.place.attachmentId": "attachment {n}",
  "files.import.place.passage": "passage {n}",
  "files.import.place.source": "source {n}",
  "files.import.place.savedPrompts": "The file's saved prompts",
  "files.import.place.savedPrompt": "Saved prompt {n}",
  // The fields of an export file, as a place names them. Some read as the file's own key
  // in English (the words a reader of the file sees in it).
  "files.import.field.id": "id",
  "files.import.field.title": "title",
  "files.import.field.messages": "messages",
  "files.import.field.settings": "settings",
  "files.import.field.createdAt": "creation time",
  "files.import.field.updatedAt": "last activity time",
  "files.import.field.promptUpdatedAt": "last change time",
  "files.import.field.systemPrompt": "system prompt",
  "files.import.field.temperature": "temperature",
  "files.import.field.topP": "top-p",
  "files.import.field.maxTokens": "maximum reply length",
  "files.import.field.role": "role",
  "files.import.field.content": "content",
  "files.import.field.status": "status",
  "files.import.field.usage": "usage",
  "files.import.field.promptTokens": "prompt tokens",
  "files.import.field.completionTokens": "reply tokens",
  "files.import.field.prefillTokensPerSecond": "prefillTokensPerSecond",
  "files.import.field.decodeTokensPerSecond": "decodeTokensPerSecond",
  "files.import.field.timeToFirstTokenSeconds": "timeToFirstTokenSeconds",
  "files.import.field.modelId": "model",
  "files.import.field.error": "error",
  "files.import.field.code": "code",
  "files.import.field.detail": "detail",
  "files.import.field.parentId": "parent",
  "files.import.field.activeId": "active message",
  "files.import.field.attachments": "attachments",
  "files.import.field.attachmentIds": "attachments",
  "files.import.field.attachmentId": "attachment",
  "files.import.field.name": "name",
  "files.import.field.kind": "kind",
  "files.import.field.mime": "type",
  "files.import.field.size": "size",
  "files.import.field.sha256": "hash",
  "files.import.field.pages": "pages",
  "files.import.field.lines": "lines",
  "files.import.field.text": "text",
  "files.import.field.passages": "passages",
  "files.import.field.page": "page",
  "files.import.field.lineStart": "first line",
  "files.import.field.lineEnd": "last line",
  "files.import.field.whole": "whole",
  "files.import.field.sources": "sources",
  "files.import.field.addedAt": "time added",

  // What is wrong at a place, after "{place}: ". {kind} is one of the kinds below.
  "files.import.kind.null": "empty (null)",
  "files.import.kind.list": "a list",
  "files.import.kind.object": "an object",
  "files.import.kind.text": "text",
  "files.import.kind.number": "a number",
  "files.import.kind.boolean": "true or false",
  "files.import.mustBeObjectIs": "must be an object, but it is {kind}",
  "files.import.mustBeTextIs": "must be text, but it is {kind}",
  "files.import.mustBeNumberIs": "must be a number, but it is {kind}",
  "files.import.mustBeListIs": "must be a list, but it is {kind}",
  "files.import.mustBeObject": "must be an object",
  "files.import.mustBeText": "must be text",
  "files.import.mustBeList": "must be a list",
  "files.import.forbiddenKey": "contains the forbidden key “{key}”",
  "files.import.unknownField": "has an unknown field “{field}”",
  "files.import.missingField": "is missing the field “{field}”",
  "files.import.tooLong": "is longer than {max} characters",
  "files.import.empty": "is empty",
  "files.import.notText":
    "contains characters that are not text (control characters or broken Unicode)",
  "files.import.idChars": "may hold only letters, digits, “-” and “_”",
  "files.import.promptId":
    "may hold only letters, digits, “-” and “_” (1 to 128 of them)",
  "files.import.between": "must be between {min} and {max}",
  "files.import.wholeNumber": "must be a whole number",
  "files.import.count": "must be a whole number, 0 or more",
  "files.import.time": "must be a time (a whole number from 0)",
  "files.import.trueOrFalse": "must be true or false",
  // {options}: the allowed values, as the file writes them.
  "files.import.oneOf": "must be one of {options}",
  "files.import.tooManyEntries": "holds more than {max} entries",
  "files.import.tooManyItems": "holds more than {max} items",
  "files.import.duplicateConversations": "two conversations share one id",
  "files.import.duplicateMessages": "two messages share one id",
  "files.import.duplicateAttachments": "two attachments share one id",
  "files.import.duplicatePrompts": "two prompts share one id",
  // {format}: the format name a Hearth export file states.
  "files.import.notHearth":
    "is not a Hearth export (its “format” is not “{format}”)",
  "files.import.version":
    "has version {found}, and this Hearth reads version {version}",
  // Problems of the whole file, named without a place.
  "files.import.tooLarge": "the file is larger than {size}",
  // {detail}: the browser's own words about the JSON.
  "files.import.notJson": "the file is not valid JSON ({detail})",
  "files.import.tooManyMessages":
    "the file holds more than {max} messages in all",
  "files.import.tree.mixed": "some messages name a parent and others do not",
  "files.import.tree.missingParent":
    "names a message (“{id}”) that is not in this conversation",
  "files.import.tree.noRoot":
    "have no first message: every message names a parent, so they form a loop",
  "files.import.tree.twoRoots":
    "have two roots: first messages of different roles, which cannot be versions of one message",
  "files.import.tree.loop":
    "makes a loop: following the parents comes back to the same message",
  "files.import.tree.missingActive":
    "names a message that is not in this conversation",

  // The Markdown export: a document to read, written in the language in use.
  "files.markdown.systemPrompt": "System prompt",
  "files.markdown.you": "You",
  "files.markdown.assistant": "Assistant",
  "files.markdown.roleWithNote": "{role} {note}",
  "files.markdown.stopped": "(stopped)",
  "files.markdown.failed": "(failed before finishing)",
  "files.markdown.interrupted": "(interrupted)",
} as const;

export default en;
