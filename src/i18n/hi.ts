import type { Catalog } from "./messages";

// Hindi: formal "आप", plain modern UI Hindi as in Google's and Chrome's Hindi interfaces, with common tech loanwords (मॉडल, डाउनलोड, GPU).
const catalog: Catalog = {
  // Units
  "unit.gigabytes": "{n} GB",
  "unit.megabytes": "{n} MB",
  "unit.seconds": "{n} से॰",
  "unit.minutes": "{n} मि॰",
  "unit.hoursMinutes": "{h} घं॰ {m} मि॰",
  "unit.none": "–",

  // The shell: sidebar, top bar, notices, Device panel, prompts, install and update

  "shell.language": "भाषा",

  "shell.app.allDataDeleted": "सारा डेटा मिटा दिया गया।",

  "shell.sidebar.label": "बातचीत",
  "shell.sidebar.newChat": "नई चैट",
  "shell.sidebar.newChatTip": "नई चैट (Ctrl+Shift+O)",
  "shell.sidebar.searchLabel": "चैट खोजें",
  "shell.sidebar.searchPlaceholder": "सभी मैसेज में खोजें",
  "shell.sidebar.listLabel": "बातचीत की सूची",
  "shell.sidebar.matches": {
    zero: "कोई चैट मेल नहीं खाती।",
    one: "{count} चैट मेल खाती है।",
    other: "{count} चैट मेल खाती हैं।",
  },
  "shell.sidebar.showMore": {
    one: "और चैट दिखाएं ({count} पुरानी)",
    other: "और चैट दिखाएं ({count} पुरानी)",
  },
  "shell.sidebarToggle.label": "बातचीत",

  "shell.theme.label": "डार्क थीम",
  "shell.theme.toLight": "लाइट थीम पर जाएं",
  "shell.theme.toDark": "डार्क थीम पर जाएं",
  "shell.install.label": "ऐप इंस्टॉल करें",
  "shell.install.tip": "Hearth को ऐप के रूप में इंस्टॉल करें",
  "shell.network.label": "नेटवर्क",
  "shell.network.offline": "ऑफ़लाइन",
  "shell.network.offlineTip":
    "नेटवर्क नहीं है। बातचीत और डाउनलोड किए गए मॉडल फिर भी काम करते हैं।",

  "shell.status.label": "मॉडल की स्थिति",
  "shell.status.idle": "कोई मॉडल लोड नहीं है",
  "shell.status.loading": "{name} लोड हो रहा है",
  "shell.status.percent": "{percent}%",
  "shell.status.ready": "तैयार",
  "shell.status.generating": "लिख रहा है…",
  "shell.status.failed": "गड़बड़ी की वजह से रुक गया",
  "shell.status.rateTip": "पिछले जवाब की डिकोड स्पीड",
  "shell.status.rate": "{rate} टोकन/से॰",

  "shell.update.label": "अपडेट",
  "shell.update.available": "अपडेट उपलब्ध है",
  "shell.update.availableWaiting":
    "अपडेट उपलब्ध है · जवाब पूरा होने के बाद फिर से लोड करें",
  "shell.update.reload": "फिर से लोड करें",

  "shell.notices.linuxHelp":
    "Linux पर {flags} खोलें, “Unsafe WebGPU Support” और “Vulkan” चालू करें, फिर ब्राउज़र रीस्टार्ट करें।",
  "shell.notices.noWebgpu.title": "यह ब्राउज़र Hearth के मॉडल नहीं चला सकता",
  "shell.notices.noWebgpu.body":
    "Hearth, WebGPU के ज़रिए आपके अपने GPU पर Llama चलाता है, और यह ब्राउज़र WebGPU की सुविधा नहीं देता। Windows, macOS या ChromeOS पर Chrome या Edge का 113 या उसके बाद का वर्शन इस्तेमाल करें। {linuxHelp}",
  "shell.notices.noAdapter.title": "कोई संगत GPU नहीं मिला",
  "shell.notices.noAdapter.body":
    "Hearth, WebGPU के ज़रिए आपके अपने GPU पर Llama चलाता है, लेकिन इस ब्राउज़र ने इसके लिए कोई GPU उपलब्ध नहीं कराया। अपने ग्राफ़िक्स ड्राइवर अपडेट करें, जाँच लें कि ब्राउज़र की सेटिंग में हार्डवेयर ऐक्सेलरेशन चालू है, और डेस्कटॉप कंप्यूटर पर Chrome या Edge का 113 या उसके बाद का वर्शन इस्तेमाल करें। {linuxHelp}",
  "shell.notices.gpuBusy.title": "Hearth का कोई दूसरा टैब GPU इस्तेमाल कर रहा है",
  "shell.notices.gpuBusy.body":
    "मॉडल की दूसरी कॉपी से GPU की मेमोरी खत्म हो सकती है, इसलिए यह टैब मॉडल लोड नहीं करता। दूसरे टैब से मॉडल अनलोड करके उसे यहाँ लोड करने के लिए “यहाँ इस्तेमाल करें” चुनें।",
  "shell.notices.gpuBusy.takeOver": "यहाँ इस्तेमाल करें",
  "shell.notices.failure.details": "विवरण",
  "shell.notices.failure.reload": "मॉडल फिर से लोड करें",
  "shell.notices.failure.smaller": "छोटा मॉडल इस्तेमाल करें",
  "shell.notices.failure.newChat": "नई चैट",

  "shell.device.title": "डिवाइस",
  "shell.device.checkingGpu": "GPU की जाँच हो रही है…",
  "shell.device.noWebgpu": "इस ब्राउज़र में WebGPU उपलब्ध नहीं है।",
  "shell.device.noAdapter": "कोई संगत GPU अडैप्टर नहीं मिला।",
  "shell.device.vendor": "निर्माता",
  "shell.device.architecture": "आर्किटेक्चर",
  "shell.device.description": "विवरण",
  "shell.device.shaderF16": "16-बिट शेडर",
  "shell.device.shaderF16Yes": "समर्थित (shader-f16)",
  "shell.device.shaderF16No": "समर्थित नहीं",
  "shell.device.maxStorageBinding": "सबसे बड़ी स्टोरेज बाइंडिंग",
  "shell.device.maxBuffer": "सबसे बड़ा बफ़र",
  "shell.device.engineRunsOn": "इंजन इस पर चलता है",

  "shell.deploy.checking": "डिप्लॉय की जाँच हो रही है…",
  "shell.deploy.label": "डिप्लॉय",
  "shell.deploy.secure": "सुरक्षित कॉन्टेक्स्ट",
  "shell.deploy.secureYes": "हाँ",
  "shell.deploy.secureNo":
    "नहीं: Hearth को HTTPS पर चलाएं, वरना WebGPU और ऑफ़लाइन इस्तेमाल बंद रहेंगे",
  "shell.deploy.offline": "ऑफ़लाइन कॉपी",
  "shell.deploy.offlineReady": "{scope} के लिए तैयार",
  "shell.deploy.offlinePending": "अभी इंस्टॉल नहीं हुई",
  "shell.deploy.offlineUnsupported": "यहाँ समर्थित नहीं",
  "shell.deploy.swCaching": "सर्विस वर्कर कैशिंग",
  "shell.deploy.version": "वर्शन",
  "shell.deploy.caching.notChecked": "जाँच नहीं हुई (ऑफ़लाइन)",
  "shell.deploy.caching.everyLoad": "हर लोड पर जाँच होती है ({value})",
  "shell.deploy.caching.noLifetime": "कोई अवधि तय नहीं ({value})",
  "shell.deploy.caching.noHeader": "कोई Cache-Control हेडर नहीं",
  "shell.deploy.caching.short": "{seconds} से॰ तक कैश ({value})",
  "shell.deploy.caching.long":
    "{seconds} से॰ तक कैश: अपडेट इतनी देर से पहुँच सकते हैं। sw.js को Cache-Control: no-cache के साथ भेजें",

  "shell.hosts.title": "मॉडल होस्ट",
  "shell.hosts.modelsFrom": "मॉडल यहाँ से: {host}",
  "shell.hosts.modelsFromOwn": "मॉडल यहाँ से: {host} (आपकी सेटिंग)",
  "shell.hosts.modelsFromFile": "मॉडल यहाँ से: {host} (इस साइट की {file})",
  "shell.hosts.librariesFrom": "लाइब्रेरी यहाँ से: {host}",
  "shell.hosts.librariesFromOwn": "लाइब्रेरी यहाँ से: {host} (आपकी सेटिंग)",
  "shell.hosts.librariesFromFile": "लाइब्रेरी यहाँ से: {host} (इस साइट की {file})",
  "shell.hosts.weightsHost": "मॉडल वेट का होस्ट",
  "shell.hosts.libraryHost": "मॉडल लाइब्रेरी का होस्ट",
  "shell.hosts.hint":
    "उन्हीं पाथ वाला मिरर: यह हर बिल्ट-इन मॉडल के पतों में {models} और {libraries} की जगह लेता है। खाली फ़ील्ड में डिफ़ॉल्ट इस्तेमाल होता है।",
  "shell.hosts.saved":
    "सेव हो गया। अब से डाउनलोड होने वाले मॉडल इन होस्ट से आएंगे; पहले से डाउनलोड किए गए मॉडल अपने पुराने होस्ट ही रखेंगे।",
  "shell.hosts.resetDone":
    "रीसेट हो गया: बिल्ट-इन मॉडल फिर से इस साइट के होस्ट से आएंगे।",
  "shell.hosts.save": "होस्ट सेव करें",
  "shell.hosts.reset": "होस्ट रीसेट करें",

  "shell.prompts.builtIn.llama2Default.title": "Llama 2 डिफ़ॉल्ट",
  "shell.prompts.builtIn.concise.title": "छोटा और सीधा",
  "shell.prompts.builtIn.summarize.title": "सारांश बनाएं",
  "shell.prompts.builtIn.explainCode.title": "कोड समझाएं",
  "shell.prompts.builtIn.proofread.title": "प्रूफ़रीड करें",
  "shell.prompts.builtIn.translate.title": "अंग्रेज़ी में अनुवाद करें",

  "shell.prompts.menu.label": "सेव किए गए प्रॉम्प्ट",
  "shell.prompts.systemKind": "(सिस्टम प्रॉम्प्ट)",
  "shell.prompts.menu.manage": "सेव किए गए प्रॉम्प्ट मैनेज करें…",
  "shell.prompts.menu.noMatch":
    "कोई सेव किया गया प्रॉम्प्ट “/{query}” से मेल नहीं खाता।",
  "shell.prompts.menu.hint":
    "चुनने के लिए ↑↓, इस्तेमाल करने के लिए Enter, बंद करने के लिए Esc",
  "shell.prompts.menu.systemSet":
    "इस चैट का सिस्टम प्रॉम्प्ट “{title}” पर सेट किया गया।",

  "shell.prompts.manager.title": "सेव किए गए प्रॉम्प्ट",
  "shell.prompts.manager.close": "बंद करें",
  "shell.prompts.manager.empty":
    "आपने अभी तक अपना कोई प्रॉम्प्ट नहीं बनाया है। Hearth के बिल्ट-इन प्रॉम्प्ट हमेशा “/” मेन्यू में रहते हैं।",
  "shell.prompts.manager.listLabel": "आपके प्रॉम्प्ट",
  "shell.prompts.manager.editLabel": "प्रॉम्प्ट {title} में बदलाव करें",
  "shell.prompts.manager.deleteLabel": "प्रॉम्प्ट {title} मिटाएं",
  "shell.prompts.manager.edit": "बदलाव करें",
  "shell.prompts.manager.delete": "मिटाएं",
  "shell.prompts.manager.editHeading": "प्रॉम्प्ट में बदलाव करें",
  "shell.prompts.manager.newHeading": "नया प्रॉम्प्ट",
  "shell.prompts.manager.titleField": "शीर्षक",
  "shell.prompts.manager.textField": "प्रॉम्प्ट का टेक्स्ट",
  "shell.prompts.manager.systemField":
    "चैट के सिस्टम प्रॉम्प्ट के रूप में इस्तेमाल करें (मैसेज बॉक्स में भरने के बजाय)",
  "shell.prompts.manager.saveChanges": "बदलाव सेव करें",
  "shell.prompts.manager.add": "प्रॉम्प्ट जोड़ें",
  "shell.prompts.manager.cancelEdit": "बदलाव रद्द करें",
  "shell.prompts.manager.saved": "“{title}” सेव किया गया।",
  "shell.prompts.manager.added": "“{title}” जोड़ा गया।",
  "shell.prompts.manager.deleted": "“{title}” मिटाया गया।",

  "shell.prompts.problem.noTitle": "प्रॉम्प्ट को शीर्षक दें।",
  "shell.prompts.problem.titleTooLong": "शीर्षक {max} वर्णों से लंबा है।",
  "shell.prompts.problem.noText": "प्रॉम्प्ट का टेक्स्ट लिखें।",
  "shell.prompts.problem.textTooLong": "टेक्स्ट {max} वर्णों से लंबा है।",
  "shell.prompts.problem.readFailed": "प्रॉम्प्ट पढ़ा नहीं जा सका: {reason}।",
  "shell.prompts.problem.saveFailed": "प्रॉम्प्ट सेव नहीं हो सका: {reason}।",
  "shell.prompts.problem.deleteFailed": "प्रॉम्प्ट मिटाया नहीं जा सका: {reason}।",
  "shell.prompts.storage.quota": "इस डिवाइस का स्टोरेज भर गया है",
  "shell.prompts.storage.unavailable": "इस ब्राउज़र विंडो में स्टोरेज बंद है",
  "shell.prompts.storage.unknown": "ब्राउज़र ने इसे स्टोर करने से मना कर दिया",

  // The Language chooser and what the model is told

  "language.failed": "{name} लोड नहीं हो सकी: अपना कनेक्शन जाँचें, फिर इसे दोबारा चुनें।",
  "language.answerIn": "मॉडल से {name} में जवाब देने को कहें",
  "language.answerInHint":
    "उन चैट के लिए जिनका अपना सिस्टम प्रॉम्प्ट नहीं है। मॉडल फिर भी उसी भाषा में जवाब देता है जिसमें आप लिखते हैं।",

  // Chats: composer, messages, versions, settings, replies

  "chat.untitled": "नई चैट",

  "chat.composer.label": "मैसेज",
  "chat.composer.placeholderReady": "Llama को मैसेज लिखें",
  "chat.composer.placeholderLoading":
    "मॉडल लोड हो रहा है; आप टाइप करना शुरू कर सकते हैं",
  "chat.composer.placeholderIdle": "Llama को मैसेज लिखें (पहले मॉडल लोड होगा)",
  "chat.composer.send": "भेजें",
  "chat.composer.stop": "रोकें",

  "chat.context.label": "इस्तेमाल हुआ कॉन्टेक्स्ट",
  "chat.context.estimate": "{window} में से लगभग {used} टोकन (अनुमान)",
  "chat.context.estimateOmitted": {
    one: "{window} में से लगभग {used} टोकन (अनुमान) · कॉन्टेक्स्ट विंडो में समाने के लिए, मॉडल सबसे पुराना मैसेज नहीं पढ़ता",
    other:
      "{window} में से लगभग {used} टोकन (अनुमान) · कॉन्टेक्स्ट विंडो में समाने के लिए, मॉडल {count} सबसे पुराने मैसेज नहीं पढ़ता",
  },

  "chat.header.label": "यह चैट",
  "chat.header.titleInput": "चैट का शीर्षक",
  "chat.header.rename": "नाम बदलें",
  "chat.header.renameTip": "इस चैट का नाम बदलें",
  "chat.header.settingsTip": "सिस्टम प्रॉम्प्ट, टेम्परेचर, top-p, जवाब की लंबाई",
  "chat.header.exportTip": "यह चैट एक्सपोर्ट करें",
  "chat.header.export": "चैट एक्सपोर्ट करें",
  "chat.header.exportJson": "चैट को JSON के रूप में एक्सपोर्ट करें",
  "chat.header.exportMarkdown": "चैट को Markdown के रूप में एक्सपोर्ट करें",
  "chat.header.delete": "चैट मिटाएं",
  "chat.header.deleteTip": "यह चैट मिटाएं (इसे वापस लाया जा सकता है)",

  "chat.actions.userGroup": "आपका मैसेज: कार्रवाइयां",
  "chat.actions.replyGroup": "जवाब: कार्रवाइयां",
  "chat.actions.copy": "कॉपी करें",
  "chat.actions.copied": "कॉपी हो गया",
  "chat.actions.copiedStatus": "क्लिपबोर्ड पर कॉपी हो गया।",
  "chat.actions.edit": "बदलाव करें",
  "chat.actions.editTip": "बदलाव करके दोबारा भेजें",
  "chat.actions.continue": "जारी रखें",
  "chat.actions.continueTip": "इस जवाब को आगे लिखवाएं",
  "chat.actions.regenerate": "दोबारा लिखें",
  "chat.actions.regenerateTip": "इस जवाब को दोबारा लिखवाएं",
  "chat.actions.delete": "मिटाएं",
  "chat.actions.deleteTip": "यह मैसेज मिटाएं",

  "chat.badge.interrupted":
    "अधूरा रहा: यह जवाब पूरा होने से पहले पेज बंद या रीलोड हो गया। जितना लिखा गया था, वह सुरक्षित है।",
  "chat.badge.elsewhere": "किसी दूसरे टैब में लिखा जा रहा है…",
  "chat.badge.omitted": "मॉडल इसे नहीं पढ़ता: चैट उसकी कॉन्टेक्स्ट विंडो से लंबी है।",

  "chat.editor.label": "मैसेज में बदलाव करें",
  "chat.editor.later": {
    one: "भेजने पर एक नया वर्शन जुड़ जाता है; यह वर्शन और इसके बाद वाला मैसेज भी रखे जाते हैं।",
    other:
      "भेजने पर एक नया वर्शन जुड़ जाता है; यह वर्शन और इसके बाद के {count} मैसेज भी रखे जाते हैं।",
  },
  "chat.editor.send": "बदला हुआ मैसेज भेजें",
  "chat.editor.cancel": "रद्द करें",

  "chat.log.label": "बातचीत",
  "chat.welcome.intro":
    "एक निजी चैटबॉट। Llama इसी ब्राउज़र में, आपके अपने GPU पर चलता है; आप जो भी टाइप करते हैं, वह इस कंप्यूटर से बाहर नहीं जाता।",
  "chat.welcome.ready": "मॉडल तैयार है। नीचे मैसेज टाइप करें।",
  "chat.welcome.loading": "मॉडल लोड हो रहा है; आप टाइप करना शुरू कर सकते हैं।",
  "chat.welcome.idle":
    "ऊपर कोई मॉडल चुनें और “मॉडल लोड करें” दबाएं, या सीधे मैसेज भेजें: चुना गया मॉडल पहले लोड होगा।",

  "chat.message.you": "आप",
  "chat.message.assistant": "असिस्टेंट",
  "chat.message.stopped": "रोका गया",
  "chat.message.failed": "{title} {advice}",
  "chat.message.failedKept": "{title} अब तक लिखा गया जवाब सुरक्षित है।",
  "chat.message.usage": {
    one: "प्रीफ़िल {prefill} टोकन/से॰ · डिकोड {decode} टोकन/से॰ · {tokens} टोकन",
    other: "प्रीफ़िल {prefill} टोकन/से॰ · डिकोड {decode} टोकन/से॰ · {tokens} टोकन",
  },

  "chat.announce.stopped": "रोका गया। {text}",

  "chat.settings.label": "चैट सेटिंग",
  "chat.settings.systemPrompt": "सिस्टम प्रॉम्प्ट",
  "chat.settings.systemPromptPlaceholder": "कोई नहीं: मॉडल का अपना व्यवहार",
  "chat.settings.temperature": "टेम्परेचर",
  "chat.settings.topP": "Top-p",
  "chat.settings.maxTokens": "जवाब की अधिकतम लंबाई (टोकन)",
  "chat.settings.noLimit": "कोई सीमा नहीं",
  "chat.settings.modelDefault": "मॉडल डिफ़ॉल्ट",
  "chat.settings.modelDefaultValue": "मॉडल डिफ़ॉल्ट: {value}",
  "chat.settings.note":
    "खाली फ़ील्ड में {model} के अपने कॉन्फ़िगरेशन की डिफ़ॉल्ट वैल्यू इस्तेमाल होती हैं: उसका टेम्परेचर और top-p, और जवाब तब तक चल सकते हैं जब तक उसकी {window}-टोकन की कॉन्टेक्स्ट विंडो भर न जाए।",
  "chat.settings.noteNoModel":
    "खाली फ़ील्ड में मॉडल के अपने कॉन्फ़िगरेशन की डिफ़ॉल्ट वैल्यू इस्तेमाल होती हैं: उसका टेम्परेचर और top-p, और जवाब तब तक चल सकते हैं जब तक उसकी {window}-टोकन की कॉन्टेक्स्ट विंडो भर न जाए।",
  "chat.settings.reset": "मॉडल डिफ़ॉल्ट पर रीसेट करें",
  "chat.settings.close": "सेटिंग बंद करें",

  "chat.undo.deletedChat": "चैट “{title}” मिटा दी गई।",
  "chat.undo.deletedMessages": {
    one: "{count} मैसेज मिटाया गया।",
    other: "{count} मैसेज मिटाए गए।",
  },
  "chat.undo.undo": "पहले जैसा करें",
  "chat.undo.dismiss": "खारिज करें",

  "chat.version.group": "वर्शन {index} ({count} में से)",
  "chat.version.previous": "पिछला वर्शन",
  "chat.version.next": "अगला वर्शन",

  "chat.markdown.copyCode": "कोड कॉपी करें",

  "chat.markdown.copy": "कॉपी करें",

  "chat.markdown.copied": "कॉपी हो गया",

  "chat.markdown.copyFailed": "कॉपी नहीं हो सका",

  "chat.markdown.image": "इमेज:",
  "chat.markdown.plainText": "टेक्स्ट",
  "chat.markdown.mathError": "यह गणितीय सूत्र दिखाया नहीं जा सका",

  // Models: picker, first step, Models dialog, folders

  "models.facts.sizeUnknown": "डाउनलोड साइज़ पता नहीं",
  "models.facts.size": "{size} डाउनलोड",
  "models.facts.sizeAbout": "लगभग {size} डाउनलोड",
  "models.facts.memory": "{size} GPU मेमोरी",
  "models.facts.memoryUnknown": "GPU मेमोरी पता नहीं",

  "models.state.none": "डाउनलोड नहीं हुआ",
  "models.state.downloading": "डाउनलोड हो रहा है {percent}%",
  "models.state.paused": "{percent}% पर रुका है",
  "models.state.ready": "ऑफ़लाइन तैयार",
  "models.state.damaged": "खराब",
  "models.checks.sizesOnly":
    "इसके वेट की पुष्टि नहीं हो सकी: यह मॉडल कोई चेकसम नहीं देता (पुराना कन्वर्ज़न), इसलिए सिर्फ़ उनके साइज़ जाँचे गए।",
  "models.checks.notYet":
    "इसके वेट तब स्टोर हुए थे जब Hearth चेकसम नहीं जाँचता था: उन्हें जाँचने के लिए “जाँचें” दबाएं।",

  "models.amount.of": "{total} में से {done}",
  "models.amount.perSecond": "{size}/से॰",
  "models.amount.left": "{duration} बाकी",
  "models.amount.percent": "{percent}%",

  "models.progress.label": "मॉडल लोड हो रहा है",
  "models.progress.line": "{phase}: {details}",
  "models.progress.starting": "इंजन शुरू हो रहा है",
  "models.progress.fetching": "मॉडल डाउनलोड हो रहा है",
  "models.progress.loading": "GPU में लोड हो रहा है",
  "models.progress.compiling": "शेडर कंपाइल हो रहे हैं",

  "models.picker.label": "मॉडल",
  "models.picker.none": "कोई मॉडल नहीं",
  "models.picker.load": "मॉडल लोड करें",
  "models.picker.search": "मॉडल खोजें",
  "models.picker.showAll": "सभी मॉडल दिखाएं",
  "models.picker.list": "मॉडल",
  "models.picker.noMatch": "कोई मॉडल “{query}” से मेल नहीं खाता।",
  "models.picker.customFamily": "आपके जोड़े गए",

  "models.first.title": "{model} से शुरू करें",
  "models.first.text":
    "इस डिवाइस के लिए सुझाया गया। यह एक बार डाउनलोड होता है और फिर ऑफ़लाइन काम करता है; आप कभी भी ऊपर से कोई दूसरा मॉडल चुन सकते हैं।",
  "models.first.start": "डाउनलोड करके शुरू करें",

  "models.fit.label": "इस डिवाइस के लिए उपयुक्तता",
  "models.fit.noF16": "इस GPU में 16-बिट फ़्लोट शेडर (shader-f16) नहीं हैं",
  "models.fit.f16Only":
    "{model} का कोई ऐसा बिल्ड नहीं है जो 16-बिट शेडर के बिना चले, इसलिए यह यहाँ लोड नहीं होगा। कोई दूसरा मॉडल चुनें।",
  "models.fit.f16Fallback":
    "इसलिए Hearth ने {model} का {quantization} बिल्ड चुना, जिसे 16-बिट शेडर की ज़रूरत नहीं है, लेकिन ज़्यादा GPU मेमोरी ({memory}) चाहिए।",
  "models.fit.why": "क्यों?",
  "models.fit.runsWell": "{model} · {fit}: {reason}।",
  "models.fit.risky":
    "{model} · {fit}। आप फिर भी इसे लोड कर सकते हैं, लेकिन {reason}।",
  "models.fit.noneFits":
    "इस डिवाइस पर किसी भी Llama मॉडल के चलने की उम्मीद नहीं है।",
  "models.fit.useSuggested": "सुझाया गया मॉडल इस्तेमाल करें",
  "models.fit.dismiss": "खारिज करें",
  "models.fit.dismissTip": "इस मॉडल के लिए यह नोट छिपाएं",

  "models.dialog.open": "मॉडल मैनेज करें",
  "models.dialog.openTip": "डाउनलोड, स्टोरेज और आपके अपने मॉडल",
  "models.dialog.title": "मॉडल",
  "models.dialog.close": "बंद करें",
  "models.dialog.list": "इस डिवाइस पर मौजूद मॉडल",

  "models.storage.used": "इस्तेमाल हुआ स्टोरेज",
  "models.storage.usage":
    "यह ब्राउज़र {quota} तक स्टोरेज देता है, जिसमें से {used} इस्तेमाल हो रहा है ({free} खाली)।",
  "models.storage.usageWithModels":
    "यह ब्राउज़र {quota} तक स्टोरेज देता है, जिसमें से {used} इस्तेमाल हो रहा है ({free} खाली); मॉडल {models} जगह ले रहे हैं।",
  "models.storage.persistent": "स्टोरेज स्थायी है: ब्राउज़र इसे अपने आप साफ़ नहीं करेगा।",
  "models.storage.notPersistent":
    "स्टोरेज स्थायी नहीं है: जगह कम होने पर ब्राउज़र मॉडल हटा सकता है।",

  "models.row.onDisk": "डिस्क पर {size}",
  "models.row.verifying": "{model} की जाँच हो रही है",
  "models.row.checking": "{total} में से {done} की जाँच हो रही है",
  "models.row.verified": {
    one: "जाँच पूरी हुई: web-llm को यह मॉडल अपने कैश में मिलता है, और इसकी {count} फ़ाइल स्टोर है।",
    other:
      "जाँच पूरी हुई: web-llm को यह मॉडल अपने कैश में मिलता है, और सभी {count} फ़ाइलें स्टोर हैं।",
  },
  "models.row.verifiedMd5": {
    one: "जाँच पूरी हुई: web-llm को यह मॉडल अपने कैश में मिलता है, और इसकी {count} फ़ाइल स्टोर है। हर शार्ड अपने MD5 चेकसम से मेल खाता है।",
    other:
      "जाँच पूरी हुई: web-llm को यह मॉडल अपने कैश में मिलता है, और सभी {count} फ़ाइलें स्टोर हैं। हर शार्ड अपने MD5 चेकसम से मेल खाता है।",
  },
  "models.row.pause": "रोकें",
  "models.row.cancel": "रद्द करें",
  "models.row.resume": "फिर से शुरू करें",
  "models.row.download": "डाउनलोड करें",
  "models.row.repair": "ठीक करें",
  "models.row.verify": "जाँचें",
  "models.row.delete": "मिटाएं",
  "models.row.remove": "हटाएं",

  "models.save.button": "फ़ोल्डर में सेव करें",
  "models.save.cancel": "सेव करना रद्द करें",
  "models.save.progressLabel": "{model} को फ़ोल्डर में सेव किया जा रहा है",
  "models.save.progress": "सेव हो रहा है: {total} में से {done}",
  "models.save.cannotOpen":
    "फ़ोल्डर को लिखने के लिए खोला नहीं जा सका। कोई दूसरा फ़ोल्डर चुनें।",
  "models.save.stopped": {
    one: "सेव करना रुक गया। {count} फ़ाइल ({size}) “{folder}” में लिखी गई; जो फ़ाइल लिखी जा रही थी, उसे छोड़ दिया गया।",
    other:
      "सेव करना रुक गया। {count} फ़ाइलें ({size}) “{folder}” में लिखी गईं; जो फ़ाइल लिखी जा रही थी, उसे छोड़ दिया गया।",
  },
  "models.save.saved": {
    one: "{count} फ़ाइल ({size}) “{folder}” में सेव की गई।",
    other: "{count} फ़ाइलें ({size}) “{folder}” में सेव की गईं।",
  },
  "models.save.savedWithoutLibrary": {
    one: "{count} फ़ाइल ({size}) “{folder}” में सेव की गई। मॉडल लाइब्रेरी इस ब्राउज़र में स्टोर नहीं है, इसलिए उसे छोड़ दिया गया।",
    other:
      "{count} फ़ाइलें ({size}) “{folder}” में सेव की गईं। मॉडल लाइब्रेरी इस ब्राउज़र में स्टोर नहीं है, इसलिए उसे छोड़ दिया गया।",
  },
  "models.save.failed": "“{folder}” में सेव नहीं हो सका। {reason}",

  "models.folder.button": "फ़ोल्डर से लोड करें",
  "models.folder.noModel":
    "इस फ़ोल्डर में कोई MLC मॉडल नहीं मिला। वह फ़ोल्डर चुनें जिसमें mlc-chat-config.json और tensor-cache.json हों (किसी मॉडल की Hugging Face रिपॉज़िटरी, जैसी git clone से बनती है)।",
  "models.folder.checking": "{model} की जाँच हो रही है…",
  "models.folder.copying": "{model} को Hearth में कॉपी किया जा रहा है…",
  "models.folder.readyOwnLibrary":
    "{model} अपने फ़ोल्डर की लाइब्रेरी के साथ ऑफ़लाइन तैयार है।",
  "models.folder.readyBuiltInLibrary":
    "{model} ऑफ़लाइन तैयार है: लाइब्रेरी {name} की अपनी है।",
  "models.folder.found": "इस फ़ोल्डर में मौजूद मॉडल",
  "models.folder.which": {
    one: "इस फ़ोल्डर में {count} मॉडल है। कौन-सा चाहिए?",
    other: "इस फ़ोल्डर में {count} मॉडल हैं। कौन-सा चाहिए?",
  },
  "models.folder.load": "{model} लोड करें",

  "models.library.url": "{model} के लिए लाइब्रेरी URL",
  "models.library.notWasm":
    "{model} का लाइब्रेरी URL मॉडल की .wasm फ़ाइल का होना चाहिए।",
  "models.library.use": "यह लाइब्रेरी इस्तेमाल करें",
  "models.library.file": "या इसकी .wasm फ़ाइल",

  "models.add.open": "मॉडल जोड़ें",
  "models.add.added": "{name} जोड़ा गया। यह मॉडल सूची में चुना हुआ है।",
  "models.add.title": "मॉडल जोड़ें",
  "models.add.hint":
    "कहीं भी होस्ट किया गया MLC फ़ॉर्मैट का मॉडल, जैसे किसी कंपनी का मिरर। Hearth जोड़ने से पहले इसकी जाँच करता है।",
  "models.add.modelUrl": "मॉडल URL",
  "models.add.libraryUrl": "मॉडल लाइब्रेरी URL",
  "models.add.name": "नाम",
  "models.add.optional": "वैकल्पिक",
  "models.add.checking": "जाँच हो रही है…",
  "models.add.submit": "मॉडल जोड़ें",
  "models.add.cancel": "रद्द करें",
  "models.add.storageFull":
    "{name} जोड़ा नहीं जा सका: इस डिवाइस का स्टोरेज भर गया है। डिस्क पर कुछ जगह खाली करें या कोई ऐसा मॉडल हटाएँ जिसका अब उपयोग नहीं करते, फिर दोबारा कोशिश करें।",
  "models.add.notSaved":
    "{name} जोड़ा नहीं जा सका: ब्राउज़र इसे सहेज नहीं सका (इस विंडो में स्टोरेज बंद हो सकता है)। दोबारा कोशिश करें, या सामान्य ब्राउज़र विंडो का उपयोग करें।",

  "models.deleteAll.button": "सारा डेटा मिटाएं",
  "models.deleteAll.title": "सारा डेटा मिटाएं?",
  "models.deleteAll.text":
    "इससे इस ब्राउज़र से हर डाउनलोड किया गया मॉडल, हर बातचीत और सारी सेटिंग मिट जाएंगी। इसे वापस नहीं लाया जा सकता।",
  "models.deleteAll.confirm": "सब कुछ मिटाएं",
  "models.deleteAll.keep": "मेरा डेटा रखें",
  "models.deleteAll.failed": "सब कुछ मिटाया नहीं जा सका। {reason}",

  // The engine: errors, fit, memory, storage, addresses, folders

  "engine.error.noWebgpu.title": "यह ब्राउज़र GPU पर मॉडल नहीं चला सकता।",
  "engine.error.noWebgpu.advice":
    "डेस्कटॉप कंप्यूटर पर Chrome या Edge का 113 या उसके बाद का वर्शन इस्तेमाल करें।",
  "engine.error.noAdapter.title": "कोई संगत GPU नहीं मिला।",
  "engine.error.noAdapter.advice":
    "अपने ग्राफ़िक्स ड्राइवर अपडेट करें, या कोई दूसरा कंप्यूटर आज़माएं।",
  "engine.error.shaderF16.title":
    "इस मॉडल को 16-बिट फ़्लोट शेडर चाहिए, जो आपके GPU में नहीं हैं।",
  "engine.error.shaderF16.advice": "इसके बजाय मॉडल का q4f32_1 बिल्ड चुनें।",
  "engine.error.download.title": "मॉडल डाउनलोड नहीं हो सका।",
  "engine.error.download.advice":
    "एक फ़ाइल बार-बार फ़ेल होती रही (विवरण नीचे है)। अपना कनेक्शन जाँचें, फिर दोबारा कोशिश करें; जो पहले से डाउनलोड हो चुका है, वह सुरक्षित है।",
  "engine.error.cancelled.title": "डाउनलोड रद्द कर दिया गया।",
  "engine.error.cancelled.advice":
    "इसका कुछ भी नहीं रखा गया। फिर से शुरू करने के लिए “मॉडल लोड करें” दबाएं।",
  "engine.error.network.title":
    "मॉडल डाउनलोड नहीं हो सका: {host} तक नहीं पहुँचा जा सका।",
  "engine.error.network.titleNoHost":
    "मॉडल डाउनलोड नहीं हो सका: उसके होस्ट तक नहीं पहुँचा जा सका।",
  "engine.error.network.advice":
    "अपना इंटरनेट कनेक्शन जाँचें, फिर “मॉडल फिर से लोड करें” चुनें।",
  "engine.error.quota.title": "इस मॉडल के लिए स्टोरेज में पर्याप्त जगह नहीं है।",
  "engine.error.quota.advice":
    "डिस्क पर कुछ जगह खाली करें या छोटा मॉडल चुनें, फिर दोबारा कोशिश करें।",
  "engine.error.diskFull.title": "डिस्क भर गई है: डाउनलोड रोक दिया गया है।",
  "engine.error.diskFull.advice":
    "अब तक डाउनलोड हुआ सब कुछ सुरक्षित है। इस डिवाइस पर कुछ जगह खाली करें, या “मॉडल मैनेज करें” में कोई ऐसा मॉडल मिटाएं जिसकी अब ज़रूरत नहीं है, फिर डाउनलोड फिर से शुरू करें।",
  "engine.error.folder.title": "इस फ़ोल्डर का मॉडल इस्तेमाल नहीं किया जा सका।",
  "engine.error.folder.advice":
    "एक फ़ाइल मॉडल की tensor-cache.json में दी गई जानकारी से मेल नहीं खाती (विवरण नीचे है)। इसका कुछ भी नहीं रखा गया। फ़ोल्डर दोबारा कॉपी करें, या मॉडल डाउनलोड करें।",
  "engine.error.storage.title": "Hearth इस ब्राउज़र का स्टोरेज इस्तेमाल नहीं कर सका।",
  "engine.error.storage.advice":
    "जाँच लें कि डिस्क पर खाली जगह है और ब्राउज़र इस साइट को डेटा स्टोर करने देता है, फिर दोबारा कोशिश करें।",
  "engine.error.deviceLost.title": "GPU की मेमोरी खत्म हो गई या वह रीसेट हो गया।",
  "engine.error.deviceLost.advice":
    "मॉडल फिर से लोड करें, या छोटा मॉडल इस्तेमाल करें। आपके मैसेज सुरक्षित हैं।",
  "engine.error.notLoaded.title": "मॉडल अब लोड नहीं है।",
  "engine.error.notLoaded.advice":
    "इसे फिर से लोड करने के लिए “मॉडल फिर से लोड करें” चुनें। आपके मैसेज सुरक्षित हैं।",
  "engine.error.contextWindow.title":
    "यह बातचीत इतनी लंबी है कि मॉडल इसे एक बार में नहीं पढ़ सकता।",
  "engine.error.contextWindow.advice":
    "नई चैट शुरू करें, या बड़ी कॉन्टेक्स्ट विंडो वाला मॉडल चुनें।",
  "engine.error.modelLibrary.title":
    "मॉडल का प्रोग्राम इस ब्राउज़र में शुरू नहीं हो सका।",
  "engine.error.modelLibrary.advice":
    "हो सकता है मॉडल की फ़ाइलें खराब हों या web-llm के किसी दूसरे वर्शन के लिए बनी हों। मॉडल फिर से लोड करें, या कोई दूसरा मॉडल चुनें।",
  "engine.error.offline.title": "ऑफ़लाइन उपलब्ध नहीं है।",
  "engine.error.offline.advice":
    "यह मॉडल अभी डाउनलोड नहीं हुआ है। इसे डाउनलोड करने के लिए इंटरनेट से कनेक्ट करें, या “मॉडल मैनेज करें” में “ऑफ़लाइन तैयार” वाला कोई मॉडल चुनें।",
  "engine.error.workerCrashed.title": "इंजन अचानक बंद हो गया।",
  "engine.error.workerCrashed.advice":
    "Hearth इसे एक बार अपने आप रीस्टार्ट करता है; अगर इससे काम न बने, तो “मॉडल फिर से लोड करें” चुनें। आपके मैसेज सुरक्षित हैं।",
  "engine.error.unknown.title": "इंजन में कुछ गड़बड़ी हो गई।",
  "engine.error.unknown.advice":
    "दोबारा कोशिश करने के लिए “मॉडल फिर से लोड करें” चुनें। आपके मैसेज सुरक्षित हैं।",

  "engine.worker.restarted": "इंजन रीस्टार्ट किया गया।",
  "engine.worker.crashed": "इंजन वर्कर क्रैश हो गया।",
  "engine.worker.unreadable": "इंजन ने ऐसा मैसेज भेजा जिसे पढ़ा नहीं जा सका।",
  "engine.worker.stoppedResponding": "इंजन ने जवाब देना बंद कर दिया।",

  "engine.load.offline": "ब्राउज़र के मुताबिक नेटवर्क कनेक्शन नहीं है।",
  "engine.gpuLock.takenOver": "किसी दूसरे टैब ने GPU ले लिया।",
  "engine.gpuLock.unloadedNotice":
    "Hearth के किसी दूसरे टैब ने GPU ले लिया, इसलिए यहाँ मॉडल अनलोड कर दिया गया। इसे वापस लेने के लिए “मॉडल लोड करें” दबाएं।",
  "engine.restart.loadingNotice":
    "इंजन अचानक बंद हो गया, इसलिए Hearth ने नया इंजन शुरू किया है और मॉडल फिर से लोड कर रहा है। आपके मैसेज सुरक्षित हैं।",
  "engine.restart.doneNotice":
    "इंजन अचानक बंद हो गया था और उसे रीस्टार्ट कर दिया गया। आपके मैसेज सुरक्षित हैं।",

  "engine.gpu.unknownVendor": "अज्ञात निर्माता",
  "engine.gpu.unknownArchitecture": "अज्ञात आर्किटेक्चर",
  "engine.gpu.noF16Build":
    "आपके GPU में 16-बिट फ़्लोट शेडर (shader-f16) नहीं हैं, और {name} का ऐसा कोई बिल्ड नहीं है जो इनके बिना चले, इसलिए यह यहाँ लोड नहीं होगा। कोई दूसरा मॉडल चुनें।",
  "engine.gpu.pickedF32":
    "आपके GPU में 16-बिट फ़्लोट शेडर (shader-f16) नहीं हैं, इसलिए Hearth ने {name} का q4f32_1 बिल्ड चुना; इसे ज़्यादा GPU मेमोरी ({size}) चाहिए।",

  "engine.fit.runsWell": "अच्छा चलेगा",
  "engine.fit.mayBeTight": "मुश्किल से चल सकता है",
  "engine.fit.wontRun": "नहीं चलेगा",
  "engine.fit.device.software": "CPU पर चलने वाला सॉफ़्टवेयर रेंडरर",
  "engine.fit.device.mobile": "फ़ोन या टैबलेट का GPU",
  "engine.fit.device.unified":
    "Apple silicon, जो सिस्टम के साथ मेमोरी साझा करता है",
  "engine.fit.device.integrated": "इंटीग्रेटेड GPU, जो सिस्टम की मेमोरी साझा करता है",
  "engine.fit.device.discrete": "अपनी अलग मेमोरी वाला ग्राफ़िक्स कार्ड",
  "engine.fit.reason.noShaderF16":
    "इसे 16-बिट फ़्लोट शेडर (shader-f16) चाहिए, जो इस GPU में नहीं हैं",
  "engine.fit.reason.missingFeatures":
    "इसे GPU की ऐसी सुविधाएं चाहिए जो इस ब्राउज़र में नहीं हैं ({features})",
  "engine.fit.reason.bindingTooSmall":
    "यह GPU सिर्फ़ {size} तक के स्टोरेज बफ़र की अनुमति देता है, जो web-llm के न्यूनतम 128 MB से कम है",
  "engine.fit.reason.bufferTooBig":
    "इसे {size} के GPU बफ़र चाहिए, जो इस GPU की सीमा ({limit}) से ज़्यादा है",
  "engine.fit.reason.smallDevicesOnly":
    "इसे 1 GB के स्टोरेज बफ़र चाहिए, जबकि यह GPU {size} की अनुमति देता है; यहाँ सिर्फ़ छोटे डिवाइस के लिए बने मॉडल चलते हैं",
  "engine.fit.have": "लगभग {size}",
  "engine.fit.reason.needUnknown":
    "Hearth नहीं जानता कि इसे कितनी GPU मेमोरी चाहिए (न इसके रिकॉर्ड में यह लिखा है, न इसके डाउनलोड साइज़ से इसका पता चलता है)",
  "engine.fit.needEstimated":
    "अनुमानित {size} (इसके {weights} डाउनलोड के आधार पर)",
  "engine.fit.reason.overBudget":
    "इसे {need} GPU मेमोरी चाहिए, जबकि यह डिवाइस ({device}) इसे {have} दे सकता है",
  "engine.fit.reason.overGuess":
    "इसे {need} GPU मेमोरी चाहिए, और Hearth का अनुमान है कि इस डिवाइस ({device}) में {have} है; इसकी मेमोरी खत्म हो सकती है",
  "engine.fit.reason.software":
    "यह GPU {device} है, इसलिए हर मॉडल बहुत धीरे चलता है",
  "engine.fit.reason.close":
    "इसे {need} GPU मेमोरी चाहिए, जो इस डिवाइस ({device}) से संभवतः मिलने वाली {have} मेमोरी के करीब है",
  "engine.fit.reason.within":
    "इसे {need} GPU मेमोरी चाहिए, जो इस डिवाइस में संभवतः मौजूद {have} से काफ़ी कम है",
  "engine.fit.reason.weightsOverBudget":
    "अकेले इसके वेट ही {weights} के हैं, जबकि यह डिवाइस ({device}) इसे {have} दे सकता है",
  "engine.fit.reason.estimateOverBudget":
    "Hearth का अनुमान है कि इसे {size} GPU मेमोरी चाहिए (इसके {weights} डाउनलोड के आधार पर), और इस डिवाइस ({device}) में {have} है; इसकी मेमोरी खत्म हो सकती है",
  "engine.suggest.runsWell": "{name} यहाँ अच्छा चलना चाहिए: {reason}।",
  "engine.suggest.insteadRunsWell":
    "इस डिवाइस के लिए सुझाव: {name} ({quantization}), क्योंकि {first} यहाँ अच्छा चलता है: {reason}।",
  "engine.suggest.insteadMayBeTight":
    "इस डिवाइस के लिए सुझाव: {name} ({quantization}), क्योंकि {first} यहाँ मुश्किल से चल सकता है: {reason}।",
  "engine.suggest.insteadWontRun":
    "इस डिवाइस के लिए सुझाव: {name} ({quantization}), क्योंकि {first} यहाँ नहीं चलेगा: {reason}।",
  "engine.suggest.smallest":
    "इस डिवाइस के लिए सुझाव: {name} ({quantization}), सबसे छोटा Llama, क्योंकि यहाँ किसी भी मॉडल के अच्छी तरह चलने की उम्मीद नहीं है।",

  "engine.memory.stated": "{size} VRAM",
  "engine.memory.estimated": "लगभग {size} VRAM (अनुमानित)",
  "engine.memory.unknown": "GPU मेमोरी पता नहीं",
  "engine.entryLabel.withQuantization": "{name} · {quantization} · {memory}",
  "engine.entryLabel.plain": "{name} · {memory}",

  "engine.space.refusal":
    "इस मॉडल को {need} चाहिए, और {free} खाली है। कुछ जगह खाली करें या छोटा मॉडल चुनें।",
  "engine.diskFull.heldModel": "{name} ({size})",
  "engine.list.separator": ", ",
  "engine.list.and": "{items} और {last}",
  "engine.diskFull.adviceNoOther":
    "{total} में से {stored} स्टोर होकर सुरक्षित है; मॉडल को {more} और चाहिए। Hearth में कोई दूसरा मॉडल नहीं है, इसलिए जगह इस डिवाइस पर कहीं और से खाली करनी होगी। कम से कम {more} खाली करें, फिर “फिर से शुरू करें” दबाएं।",
  "engine.diskFull.adviceOthers":
    "{total} में से {stored} स्टोर होकर सुरक्षित है; मॉडल को {more} और चाहिए। Hearth में रखे दूसरे मॉडल: {models}; “मॉडल मैनेज करें” में इनमें से किसी को मिटाने पर उसकी जगह खाली हो जाती है। कम से कम {more} खाली करें, फिर “फिर से शुरू करें” दबाएं।",

  "engine.address.notAddress":
    "{label} वेब पता नहीं है। यह https:// से शुरू होना चाहिए।",
  "engine.address.notHttp":
    "{label} https:// से शुरू होना चाहिए (या लोकल सर्वर के लिए http:// से)।",
  "engine.address.notFolder":
    "{label} किसी फ़ोल्डर का पता होना चाहिए, ? या # के बिना।",

  "engine.addModel.modelUrl": "मॉडल URL",
  "engine.addModel.libraryUrl": "मॉडल लाइब्रेरी URL",
  "engine.addModel.notWasm":
    "मॉडल लाइब्रेरी URL मॉडल की .wasm फ़ाइल का होना चाहिए।",
  "engine.addModel.notFound":
    "उस पते पर कोई MLC मॉडल नहीं मिला: {detail}। मॉडल URL उस फ़ोल्डर का होना चाहिए जिसमें mlc-chat-config.json और tensor-cache.json हों (फ़ाइलें <URL>/resolve/main/ से पढ़ी जाती हैं)।",

  "engine.folder.badConfig": "{model} में {file} मान्य JSON नहीं है।",
  "engine.folder.noShards": "{model} की {file} में वेट शार्ड की कोई सूची नहीं है।",
  "engine.folder.missing": {
    one: "{model} में एक फ़ाइल नहीं है: {files}। पूरा मॉडल फ़ोल्डर कॉपी करें और दोबारा कोशिश करें।",
    other:
      "{model} में {count} फ़ाइलें नहीं हैं: {files}। पूरा मॉडल फ़ोल्डर कॉपी करें और दोबारा कोशिश करें।",
  },
  "engine.folder.moreFiles": "{files}, …",
  "engine.folder.noLibrary":
    "{model} के फ़ोल्डर में कोई मॉडल लाइब्रेरी (.wasm) नहीं है, और Hearth में इस नाम का कोई बिल्ट-इन मॉडल नहीं है जिससे लाइब्रेरी ली जा सके। नीचे इसकी लाइब्रेरी दें: उसका पता, या उसकी .wasm फ़ाइल।",
  "engine.folder.host": "इस डिवाइस का एक फ़ोल्डर",
  "engine.folder.hostWithLibrary": "इस डिवाइस का एक फ़ोल्डर, लाइब्रेरी {host} से",
  "engine.stored.filesMissing": {
    one: "{total} में से {count} फ़ाइल गायब है। इसे मिटाकर दोबारा डाउनलोड करें।",
    other: "{total} में से {count} फ़ाइलें गायब हैं। इसे मिटाकर दोबारा डाउनलोड करें।",
  },
  "engine.stored.damaged": "कुछ फ़ाइलें गायब या गलत हैं।",

  // The engine worker: downloads, Verify, Save to folder, storage

  "worker.error.unknown": "अज्ञात गड़बड़ी",
  "worker.storageFailure.full":
    "ब्राउज़र और डेटा स्टोर नहीं कर सका: डिस्क, या ब्राउज़र की ओर से इस साइट को दी गई जगह, भर गई है।",
  "worker.storageFailure.failed":
    "ब्राउज़र इस साइट के लिए अपना स्टोरेज पढ़ या लिख नहीं सका।",
  "worker.download.diskFull":
    "डाउनलोड के दौरान डिस्क भर गई: {total} में से {stored} बाइट स्टोर होकर सुरक्षित हैं।",
  "worker.download.fileProblem": "{file}: {reason}",
  "worker.download.busy": "सर्वर व्यस्त है ({status})",
  "worker.download.linkExpired":
    "इसके डाउनलोड लिंक की समय-सीमा खत्म हो गई ({status})",
  "worker.download.answered": "सर्वर ने {status} {statusText} जवाब दिया",
  "worker.download.answeredStatus": "सर्वर ने {status} जवाब दिया",
  "worker.download.damagedTwice":
    "यह दो बार खराब हालत में पहुँची (इसका MD5 चेकसम tensor-cache.json से मेल नहीं खाता)। हो सकता है होस्ट कोई खराब कॉपी दे रहा हो: बाद में दोबारा कोशिश करें, या इस मॉडल के लिए कोई दूसरा होस्ट इस्तेमाल करें",
  "worker.download.connectionFailed": "कनेक्शन फ़ेल हो गया ({reason})",
  "worker.download.failed": "इसे डाउनलोड नहीं किया जा सका",
  "worker.verify.webPage": "सर्वर ने फ़ाइल के बजाय एक वेब पेज भेजा",
  "worker.verify.size": "{expected} बाइट अपेक्षित थे, {received} मिले",
  "worker.verify.json": "सर्वर ने मॉडल वेट के बजाय JSON भेजा",
  "worker.verify.notWasm": "यह WebAssembly मॉडल लाइब्रेरी नहीं है",
  "worker.verify.damaged":
    "यह खराब हालत में पहुँची (इसका MD5 चेकसम tensor-cache.json से मेल नहीं खाता)",
  "worker.verify.integrity":
    "इसका इंटेग्रिटी हैश मॉडल रिकॉर्ड में दिए हैश से मेल नहीं खाता",
  "worker.verify.invalidJson": "मान्य JSON नहीं है",
  "worker.verify.notObject": "JSON ऑब्जेक्ट नहीं है",
  "worker.verify.noShards": "इसमें वेट शार्ड की कोई सूची नहीं है",
  "worker.rehash.damaged": {
    one: "{names} अपने MD5 चेकसम से मेल नहीं खाती: यह इस डिस्क पर खराब हो गई है। “ठीक करें” इसे दोबारा डाउनलोड करता है।",
    other:
      "{names} अपने MD5 चेकसम से मेल नहीं खातीं: ये इस डिस्क पर खराब हो गई हैं। “ठीक करें” इन्हें दोबारा डाउनलोड करता है।",
  },
  "worker.saveFolder.incomplete":
    "यह मॉडल पूरी तरह डाउनलोड नहीं हुआ है, इसलिए सेव करने के लिए कुछ भी पूरा नहीं है। पहले इसे डाउनलोड करें।",
  "worker.saveFolder.missing":
    "{name} इस ब्राउज़र के स्टोरेज में नहीं है। मॉडल की जाँच करें, या इसे दोबारा डाउनलोड करें।",
  "worker.saveFolder.notAllowed":
    "Hearth को उस फ़ोल्डर में लिखने की अनुमति नहीं मिली। उसे दोबारा चुनें और Hearth को बदलाव सेव करने की अनुमति दें।",
  "worker.saveFolder.diskFull":
    "फ़ोल्डर वाली डिस्क भर गई है: {name} नहीं लिखी जा सकी। कुछ जगह खाली करें, या किसी दूसरी डिस्क पर फ़ोल्डर चुनें।",
  "worker.saveFolder.readOnly":
    "{name} नहीं लिखी जा सकी: हो सकता है फ़ोल्डर सिर्फ़ पढ़ने के लिए हो, या फ़ाइल किसी दूसरे प्रोग्राम में खुली हो।",
  "worker.saveFolder.unreadable":
    "{name} कॉपी नहीं हो सकी: फ़ोल्डर हटा दिया गया या कहीं और ले जाया गया, या इस ब्राउज़र में रखी कॉपी अब पढ़ी नहीं जा सकती (मॉडल की जाँच करें)।",
  "worker.saveFolder.failed": "{name} उस फ़ोल्डर में नहीं लिखी जा सकी।",
  "worker.storage.quota":
    "आपके नए मैसेज सेव नहीं हो सके: इस डिवाइस का स्टोरेज भर गया है। डिस्क पर कुछ जगह खाली करें या पुरानी चैट मिटाएं। तब तक यह टैब खुला रखें, ताकि कुछ भी न खोए।",
  "worker.storage.unavailable":
    "इस ब्राउज़र विंडो में चैट सेव नहीं की जा सकतीं (स्टोरेज बंद है या उपलब्ध नहीं है, जैसा कुछ प्राइवेट विंडो में होता है)। यह टैब खुला रखें, या अपनी चैट एक्सपोर्ट करें, ताकि कुछ भी न खोए।",
  "worker.storage.unknown":
    "आपके नए मैसेज सेव नहीं हो सके: ब्राउज़र उन्हें डिस्क पर नहीं लिख सका (शायद डिस्क भर गई है)। Hearth कोशिश करता रहेगा; तब तक यह टैब खुला रखें, ताकि कुछ भी न खोए।",
  "worker.storage.deleteBlocked":
    "Hearth का कोई दूसरा टैब अब भी स्टोर किया गया डेटा इस्तेमाल कर रहा है। Hearth के दूसरे टैब बंद करें और दोबारा कोशिश करें।",

  // Attachments, import and export

  "files.attach.button": "फ़ाइलें अटैच करें",
  "files.attach.buttonTitle":
    "फ़ाइलें अटैच करें (टेक्स्ट, Markdown, CSV, JSON, HTML, कोड, PDF)",
  "files.attach.tooLarge":
    "{name} का साइज़ {size} है; Hearth {max} तक की फ़ाइलें पढ़ता है।",
  "files.attach.unsupported":
    "{name} ऐसी फ़ाइल नहीं है जिसे Hearth पढ़ सके। Hearth टेक्स्ट, Markdown, CSV, JSON, HTML, सोर्स कोड और PDF पढ़ता है।",
  "files.attach.binary":
    "{name} टेक्स्ट नहीं, बाइनरी फ़ाइल लगती है। Hearth टेक्स्ट, Markdown, CSV, JSON, HTML, सोर्स कोड और PDF पढ़ता है।",
  "files.attach.empty": "{name} में पढ़ने के लिए कोई टेक्स्ट नहीं है।",
  "files.attach.scannedPdf":
    "{name}: यह PDF स्कैन की गई इमेज से बनी है; Hearth सिर्फ़ टेक्स्ट पढ़ सकता है।",
  "files.attach.passwordPdf":
    "{name} पासवर्ड से सुरक्षित है। पासवर्ड हटाएं (इसे नई PDF में प्रिंट करें) और इसे फिर से अटैच करें।",
  "files.attach.corruptPdf":
    "{name} को PDF के रूप में पढ़ा नहीं जा सका: फ़ाइल खराब है या असल में PDF नहीं है।",
  "files.attach.failed": "Hearth फ़ाइल नहीं पढ़ सका: {detail}",
  "files.attach.readerStopped": "Hearth का फ़ाइल रीडर अचानक बंद हो गया।",
  "files.attach.couldNotRead": "Hearth {name} नहीं पढ़ सका।",
  "files.attach.notSaved":
    "अटैचमेंट सेव नहीं हो सके: अभी इनका इस्तेमाल हो रहा है, लेकिन पेज रीलोड करने पर ये नहीं रहेंगे।",

  "files.chip.pages": { one: "{n} पेज", other: "{n} पेज" },
  "files.chip.lines": { one: "{n} पंक्ति", other: "{n} पंक्तियां" },
  "files.chip.kilobytes": "{n} KB",
  "files.chip.meta": "{extent}, {size}",
  "files.chip.open": "Hearth ने जो टेक्स्ट निकाला, उसे पढ़ें",
  "files.chip.remove": "{name} हटाएं",
  "files.text.label": "{name} का टेक्स्ट",
  "files.text.close": "बंद करें",
  "files.composer.attached": "अटैच की गई फ़ाइलें",
  "files.composer.reading": "पढ़ा जा रहा है: {names}…",
  "files.composer.dismiss": "खारिज करें",
  "files.message.attachments": "इस मैसेज के साथ भेजी गई फ़ाइलें",

  "files.sources.whole": "{name} पूरी पढ़ी गई",
  "files.sources.passages": {
    one: "{name} से {count} अंश इस्तेमाल किया गया ({places})",
    other: "{name} से {count} अंश इस्तेमाल किए गए ({places})",
  },
  "files.sources.pages": { one: "पेज {pages}", other: "पेज {pages}" },
  "files.sources.page": "पेज {n}",
  "files.sources.line": "पंक्ति {n}",
  "files.sources.lines": "पंक्तियां {start}–{end}",
  "files.sources.passage": "{name}, {place}",
  "files.search.snippet": "{name}: {snippet}",

  "files.transfer.menu": "एक्सपोर्ट और इंपोर्ट",
  "files.transfer.exportJson": "सभी चैट JSON के रूप में एक्सपोर्ट करें",
  "files.transfer.exportMarkdown": "सभी चैट Markdown के रूप में एक्सपोर्ट करें",
  "files.transfer.import": "चैट इंपोर्ट करें",
  "files.transfer.importFile": "इंपोर्ट करने के लिए चैट फ़ाइल",
  "files.count.chats": { one: "{n} चैट", other: "{n} चैट" },
  "files.count.savedPrompts": {
    one: "{n} सेव किया गया प्रॉम्प्ट",
    other: "{n} सेव किए गए प्रॉम्प्ट",
  },
  "files.export.done": "एक्सपोर्ट हो गया: {chats}।",
  "files.export.doneWithPrompts": "एक्सपोर्ट हो गया: {chats} और {prompts}।",
  "files.import.done": "इंपोर्ट हो गया: {chats}।",
  "files.import.doneWithPrompts": "इंपोर्ट हो गया: {chats} और {prompts}।",
  "files.import.alreadyHere": {
    one: "{n} चैट पहले से मौजूद थी।",
    other: "{n} चैट पहले से मौजूद थीं।",
  },
  "files.import.doneAndSkipped": "{imported} {skipped}",
  "files.import.notSaved": "चैट इंपोर्ट नहीं की गईं। {reason}",
  "files.import.refused": "फ़ाइल इंपोर्ट नहीं की गई: {reason}। कुछ भी नहीं बदला गया।",
  "files.import.problemAt": "{place}: {problem}",

  "files.import.place.within": "{place}, {part}",
  "files.import.place.file": "फ़ाइल",
  "files.import.place.exportDate": "फ़ाइल की एक्सपोर्ट तारीख",
  "files.import.place.conversations": "फ़ाइल की बातचीत",
  "files.import.place.conversation": "बातचीत {n}",
  "files.import.place.message": "मैसेज {n}",
  "files.import.place.errorField": "गड़बड़ी का {field}",
  "files.import.place.attachment": "अटैचमेंट, अटैचमेंट {n}",
  "files.import.place.attachmentId": "अटैचमेंट {n}",
  "files.import.place.passage": "अंश {n}",
  "files.import.place.source": "सोर्स {n}",
  "files.import.place.savedPrompts": "फ़ाइल के सेव किए गए प्रॉम्प्ट",
  "files.import.place.savedPrompt": "सेव किया गया प्रॉम्प्ट {n}",
  "files.import.field.id": "id",
  "files.import.field.title": "शीर्षक",
  "files.import.field.messages": "मैसेज",
  "files.import.field.settings": "सेटिंग",
  "files.import.field.createdAt": "बनाने का समय",
  "files.import.field.updatedAt": "आखिरी गतिविधि का समय",
  "files.import.field.promptUpdatedAt": "आखिरी बदलाव का समय",
  "files.import.field.systemPrompt": "सिस्टम प्रॉम्प्ट",
  "files.import.field.temperature": "टेम्परेचर",
  "files.import.field.topP": "top-p",
  "files.import.field.maxTokens": "जवाब की अधिकतम लंबाई",
  "files.import.field.role": "भूमिका",
  "files.import.field.content": "सामग्री",
  "files.import.field.status": "स्थिति",
  "files.import.field.usage": "इस्तेमाल",
  "files.import.field.promptTokens": "प्रॉम्प्ट टोकन",
  "files.import.field.completionTokens": "जवाब के टोकन",
  "files.import.field.prefillTokensPerSecond": "prefillTokensPerSecond",
  "files.import.field.decodeTokensPerSecond": "decodeTokensPerSecond",
  "files.import.field.timeToFirstTokenSeconds": "timeToFirstTokenSeconds",
  "files.import.field.modelId": "मॉडल",
  "files.import.field.error": "गड़बड़ी",
  "files.import.field.code": "कोड",
  "files.import.field.detail": "विवरण",
  "files.import.field.parentId": "पैरेंट",
  "files.import.field.activeId": "सक्रिय मैसेज",
  "files.import.field.attachments": "अटैचमेंट",
  "files.import.field.attachmentIds": "अटैचमेंट",
  "files.import.field.attachmentId": "अटैचमेंट",
  "files.import.field.name": "नाम",
  "files.import.field.kind": "प्रकार",
  "files.import.field.mime": "टाइप",
  "files.import.field.size": "साइज़",
  "files.import.field.sha256": "हैश",
  "files.import.field.pages": "पेज",
  "files.import.field.lines": "पंक्तियां",
  "files.import.field.text": "टेक्स्ट",
  "files.import.field.passages": "अंश",
  "files.import.field.page": "पेज",
  "files.import.field.lineStart": "पहली पंक्ति",
  "files.import.field.lineEnd": "आखिरी पंक्ति",
  "files.import.field.whole": "पूरा",
  "files.import.field.sources": "सोर्स",
  "files.import.field.addedAt": "जोड़ने का समय",

  "files.import.kind.null": "खाली (null)",
  "files.import.kind.list": "सूची",
  "files.import.kind.object": "ऑब्जेक्ट",
  "files.import.kind.text": "टेक्स्ट",
  "files.import.kind.number": "संख्या",
  "files.import.kind.boolean": "true या false",
  "files.import.mustBeObjectIs": "ऑब्जेक्ट होना चाहिए, लेकिन यह {kind} है",
  "files.import.mustBeTextIs": "टेक्स्ट होना चाहिए, लेकिन यह {kind} है",
  "files.import.mustBeNumberIs": "संख्या होनी चाहिए, लेकिन यह {kind} है",
  "files.import.mustBeListIs": "सूची होनी चाहिए, लेकिन यह {kind} है",
  "files.import.mustBeObject": "ऑब्जेक्ट होना चाहिए",
  "files.import.mustBeText": "टेक्स्ट होना चाहिए",
  "files.import.mustBeList": "सूची होनी चाहिए",
  "files.import.forbiddenKey": "इसमें वर्जित कुंजी “{key}” है",
  "files.import.unknownField": "इसमें अज्ञात फ़ील्ड “{field}” है",
  "files.import.missingField": "इसमें फ़ील्ड “{field}” नहीं है",
  "files.import.tooLong": "{max} वर्णों से लंबा है",
  "files.import.empty": "खाली है",
  "files.import.notText":
    "इसमें ऐसे वर्ण हैं जो टेक्स्ट नहीं हैं (कंट्रोल कैरेक्टर या टूटा हुआ Unicode)",
  "files.import.idChars": "इसमें सिर्फ़ अक्षर, अंक, “-” और “_” हो सकते हैं",
  "files.import.promptId":
    "इसमें सिर्फ़ अक्षर, अंक, “-” और “_” हो सकते हैं (1 से 128 तक)",
  "files.import.between": "{min} और {max} के बीच होना चाहिए",
  "files.import.wholeNumber": "पूर्ण संख्या होनी चाहिए",
  "files.import.count": "0 या उससे बड़ी पूर्ण संख्या होनी चाहिए",
  "files.import.time": "समय होना चाहिए (0 या उससे बड़ी पूर्ण संख्या)",
  "files.import.trueOrFalse": "true या false होना चाहिए",
  "files.import.oneOf": "इनमें से एक होना चाहिए: {options}",
  "files.import.tooManyEntries": "इसमें {max} से ज़्यादा एंट्री हैं",
  "files.import.tooManyItems": "इसमें {max} से ज़्यादा आइटम हैं",
  "files.import.duplicateConversations": "दो बातचीत की id एक ही है",
  "files.import.duplicateMessages": "दो मैसेज की id एक ही है",
  "files.import.duplicateAttachments": "दो अटैचमेंट की id एक ही है",
  "files.import.duplicatePrompts": "दो प्रॉम्प्ट की id एक ही है",
  "files.import.notHearth":
    "यह Hearth एक्सपोर्ट नहीं है (इसका “format” “{format}” नहीं है)",
  "files.import.version":
    "इसका वर्शन {found} है, जबकि यह Hearth वर्शन {version} पढ़ता है",
  "files.import.tooLarge": "फ़ाइल {size} से बड़ी है",
  "files.import.notJson": "फ़ाइल मान्य JSON नहीं है ({detail})",
  "files.import.tooManyMessages": "फ़ाइल में कुल मिलाकर {max} से ज़्यादा मैसेज हैं",
  "files.import.tree.mixed": "कुछ मैसेज किसी पैरेंट का नाम देते हैं और कुछ नहीं",
  "files.import.tree.missingParent":
    "ऐसे मैसेज (“{id}”) का नाम देता है जो इस बातचीत में नहीं है",
  "files.import.tree.noRoot":
    "कोई पहला मैसेज नहीं है: हर मैसेज किसी पैरेंट का नाम देता है, इसलिए वे एक लूप बनाते हैं",
  "files.import.tree.twoRoots":
    "दो रूट हैं: अलग-अलग भूमिकाओं वाले पहले मैसेज, जो एक ही मैसेज के वर्शन नहीं हो सकते",
  "files.import.tree.loop":
    "एक लूप बनाता है: पैरेंट के पीछे चलते हुए वही मैसेज फिर आ जाता है",
  "files.import.tree.missingActive": "ऐसे मैसेज का नाम देता है जो इस बातचीत में नहीं है",

  "files.markdown.systemPrompt": "सिस्टम प्रॉम्प्ट",
  "files.markdown.you": "आप",
  "files.markdown.assistant": "असिस्टेंट",
  "files.markdown.roleWithNote": "{role} {note}",
  "files.markdown.stopped": "(रोका गया)",
  "files.markdown.failed": "(पूरा होने से पहले फ़ेल हो गया)",
  "files.markdown.interrupted": "(अधूरा रहा)",
};

export default catalog;
