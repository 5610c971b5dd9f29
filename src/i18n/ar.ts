import type { Catalog } from "./messages";

// Arabic: Modern Standard Arabic; masculine-singular imperatives in sentences and verbal nouns on buttons, as Google's and Microsoft's Arabic interfaces.
const catalog: Catalog = {
  // Units
  "unit.gigabytes": "{n} غيغابايت",
  "unit.megabytes": "{n} ميغابايت",
  "unit.seconds": "{n} ث",
  "unit.minutes": "{n} د",
  "unit.hoursMinutes": "{h} س {m} د",
  "unit.none": "–",

  // The shell: sidebar, top bar, notices, Device panel, prompts, install and update

  "shell.language": "اللغة",

  "shell.app.allDataDeleted": "حُذفت كل البيانات.",

  "shell.sidebar.label": "المحادثات",
  "shell.sidebar.newChat": "محادثة جديدة",
  "shell.sidebar.newChatTip": "محادثة جديدة (Ctrl+Shift+O)",
  "shell.sidebar.searchLabel": "البحث في المحادثات",
  "shell.sidebar.searchPlaceholder": "ابحث في كل الرسائل",
  "shell.sidebar.listLabel": "قائمة المحادثات",
  "shell.sidebar.matches": {
    zero: "لا توجد محادثة مطابقة.",
    one: "محادثة واحدة مطابقة.",
    two: "محادثتان مطابقتان.",
    few: "{count} محادثات مطابقة.",
    many: "{count} محادثة مطابقة.",
    other: "{count} محادثة مطابقة.",
  },
  "shell.sidebar.showMore": {
    zero: "عرض المزيد من المحادثات",
    one: "عرض المزيد (محادثة واحدة أقدم)",
    two: "عرض المزيد (محادثتان أقدم)",
    few: "عرض المزيد ({count} محادثات أقدم)",
    many: "عرض المزيد ({count} محادثة أقدم)",
    other: "عرض المزيد ({count} محادثة أقدم)",
  },
  "shell.sidebarToggle.label": "المحادثات",

  "shell.theme.label": "المظهر الداكن",
  "shell.theme.toLight": "التبديل إلى المظهر الفاتح",
  "shell.theme.toDark": "التبديل إلى المظهر الداكن",
  "shell.install.label": "تثبيت التطبيق",
  "shell.install.tip": "تثبيت Hearth كتطبيق",
  "shell.network.label": "الشبكة",
  "shell.network.offline": "غير متصل",
  "shell.network.offlineTip":
    "لا يوجد اتصال بالشبكة. لا تزال المحادثات والنماذج المنزّلة تعمل.",

  "shell.status.label": "حالة النموذج",
  "shell.status.idle": "لم يُحمَّل أي نموذج",
  "shell.status.loading": "جارٍ تحميل {name}",
  "shell.status.percent": "{percent}%",
  "shell.status.ready": "جاهز",
  "shell.status.generating": "جارٍ الكتابة…",
  "shell.status.failed": "توقّف بسبب خطأ",
  "shell.status.rateTip": "سرعة التوليد في الرد الأخير",
  "shell.status.rate": "{rate} رمز/ث",

  "shell.update.label": "تحديث",
  "shell.update.available": "يتوفر تحديث",
  "shell.update.availableWaiting": "يتوفر تحديث · أعد التحميل بعد اكتمال الرد",
  "shell.update.reload": "إعادة التحميل",

  "shell.notices.linuxHelp":
    "على Linux، افتح {flags} وفعّل «Unsafe WebGPU Support» و«Vulkan»، ثم أعد تشغيل المتصفح.",
  "shell.notices.noWebgpu.title": "لا يستطيع هذا المتصفح تشغيل نماذج Hearth",
  "shell.notices.noWebgpu.body":
    "يشغّل Hearth نموذج Llama على وحدة GPU في جهازك عبر WebGPU، وهذا المتصفح لا يوفّرها. استخدم Chrome أو Edge بالإصدار 113 أو أحدث على Windows أو macOS أو ChromeOS. {linuxHelp}",
  "shell.notices.noAdapter.title": "لم يُعثر على وحدة GPU متوافقة",
  "shell.notices.noAdapter.body":
    "يشغّل Hearth نموذج Llama على وحدة GPU في جهازك عبر WebGPU، ولم يوفّر هذا المتصفح أي وحدة GPU لذلك. حدّث برامج تشغيل الرسومات، وتأكّد من تفعيل تسريع الأجهزة في إعدادات المتصفح، واستخدم Chrome أو Edge بالإصدار 113 أو أحدث على كمبيوتر مكتبي. {linuxHelp}",
  "shell.notices.gpuBusy.title": "علامة تبويب أخرى من Hearth تستخدم وحدة GPU",
  "shell.notices.gpuBusy.body":
    "قد تؤدي نسخة ثانية من النموذج إلى نفاد ذاكرة GPU، لذا لا تحمّل علامة التبويب هذه أي نموذج. اختر «النقل إلى هنا» لإلغاء تحميل النموذج في علامة التبويب الأخرى وتحميله هنا.",
  "shell.notices.gpuBusy.takeOver": "النقل إلى هنا",
  "shell.notices.failure.details": "التفاصيل",
  "shell.notices.failure.reload": "إعادة تحميل النموذج",
  "shell.notices.failure.smaller": "استخدام نموذج أصغر",
  "shell.notices.failure.newChat": "محادثة جديدة",

  "shell.device.title": "الجهاز",
  "shell.device.checkingGpu": "جارٍ فحص وحدة GPU…",
  "shell.device.noWebgpu": "WebGPU غير متاح في هذا المتصفح.",
  "shell.device.noAdapter": "لم يُعثر على محوّل GPU متوافق.",
  "shell.device.vendor": "الشركة المصنّعة",
  "shell.device.architecture": "البنية",
  "shell.device.description": "الوصف",
  "shell.device.shaderF16": "مظلّلات 16 بت",
  "shell.device.shaderF16Yes": "مدعومة (shader-f16)",
  "shell.device.shaderF16No": "غير مدعومة",
  "shell.device.maxStorageBinding": "أكبر ربط للتخزين",
  "shell.device.maxBuffer": "أكبر مخزن مؤقت",
  "shell.device.engineRunsOn": "يعمل المحرّك على",

  "shell.deploy.checking": "جارٍ فحص النشر…",
  "shell.deploy.label": "النشر",
  "shell.deploy.secure": "سياق آمن",
  "shell.deploy.secureYes": "نعم",
  "shell.deploy.secureNo":
    "لا: قدّم Hearth عبر HTTPS، وإلا فلن يعمل WebGPU ولا الاستخدام بلا اتصال",
  "shell.deploy.offline": "النسخة المتاحة بلا اتصال",
  "shell.deploy.offlineReady": "جاهزة للنطاق {scope}",
  "shell.deploy.offlinePending": "لم تُثبَّت بعد",
  "shell.deploy.offlineUnsupported": "غير مدعومة هنا",
  "shell.deploy.swCaching": "التخزين المؤقت لعامل الخدمة",
  "shell.deploy.version": "الإصدار",
  "shell.deploy.caching.notChecked": "لم يُفحص (بلا اتصال)",
  "shell.deploy.caching.everyLoad": "يُفحص عند كل تحميل ({value})",
  "shell.deploy.caching.noLifetime": "لم تُحدَّد مدة صلاحية ({value})",
  "shell.deploy.caching.noHeader": "لا توجد ترويسة Cache-Control",
  "shell.deploy.caching.short": "يُخزَّن مؤقتًا {seconds} ث ({value})",
  "shell.deploy.caching.long":
    "يُخزَّن مؤقتًا {seconds} ث: قد تتأخر التحديثات بقدر هذه المدة. قدّم sw.js مع Cache-Control: no-cache",

  "shell.hosts.title": "خادم النماذج",
  "shell.hosts.modelsFrom": "النماذج من: {host}",
  "shell.hosts.modelsFromOwn": "النماذج من: {host} (إعدادك)",
  "shell.hosts.modelsFromFile": "النماذج من: {host} (ملف {file} في هذا الموقع)",
  "shell.hosts.librariesFrom": "المكتبات من: {host}",
  "shell.hosts.librariesFromOwn": "المكتبات من: {host} (إعدادك)",
  "shell.hosts.librariesFromFile":
    "المكتبات من: {host} (ملف {file} في هذا الموقع)",
  "shell.hosts.weightsHost": "خادم أوزان النماذج",
  "shell.hosts.libraryHost": "خادم مكتبات النماذج",
  "shell.hosts.hint":
    "نسخة مطابقة بالمسارات نفسها: تحلّ محلّ {models} و{libraries} في عناوين كل النماذج المدمجة. الحقول الفارغة تستخدم القيم الافتراضية.",
  "shell.hosts.saved":
    "تم الحفظ. النماذج التي تنزّلها من الآن فصاعدًا ستأتي من هذه الخوادم، أما النماذج المنزّلة سابقًا فتبقى على خوادمها.",
  "shell.hosts.resetDone":
    "تمت إعادة التعيين: النماذج المدمجة تأتي من خوادم هذا الموقع مجددًا.",
  "shell.hosts.save": "حفظ الخوادم",
  "shell.hosts.reset": "إعادة تعيين الخوادم",

  "shell.prompts.builtIn.llama2Default.title": "افتراضي Llama 2",
  "shell.prompts.builtIn.concise.title": "موجز ومباشر",
  "shell.prompts.builtIn.summarize.title": "تلخيص",
  "shell.prompts.builtIn.explainCode.title": "شرح الشيفرة",
  "shell.prompts.builtIn.proofread.title": "تدقيق لغوي",
  "shell.prompts.builtIn.translate.title": "ترجمة إلى الإنجليزية",

  "shell.prompts.menu.label": "المطالبات المحفوظة",
  "shell.prompts.systemKind": "(مطالبة النظام)",
  "shell.prompts.menu.manage": "إدارة المطالبات المحفوظة…",
  "shell.prompts.menu.noMatch": "لا توجد مطالبة محفوظة تطابق «/{query}».",
  "shell.prompts.menu.hint": "↑↓ للاختيار، Enter للاستخدام، Esc للإغلاق",
  "shell.prompts.menu.systemSet":
    "أصبحت مطالبة النظام في هذه المحادثة «{title}».",

  "shell.prompts.manager.title": "المطالبات المحفوظة",
  "shell.prompts.manager.close": "إغلاق",
  "shell.prompts.manager.empty":
    "ليست لديك مطالبات خاصة بك بعد. مطالبات Hearth المدمجة متاحة دائمًا في قائمة «/».",
  "shell.prompts.manager.listLabel": "مطالباتك",
  "shell.prompts.manager.editLabel": "تعديل المطالبة {title}",
  "shell.prompts.manager.deleteLabel": "حذف المطالبة {title}",
  "shell.prompts.manager.edit": "تعديل",
  "shell.prompts.manager.delete": "حذف",
  "shell.prompts.manager.editHeading": "تعديل المطالبة",
  "shell.prompts.manager.newHeading": "مطالبة جديدة",
  "shell.prompts.manager.titleField": "العنوان",
  "shell.prompts.manager.textField": "نص المطالبة",
  "shell.prompts.manager.systemField":
    "استخدامها مطالبةً للنظام في المحادثة (بدلًا من ملء مربع الرسالة)",
  "shell.prompts.manager.saveChanges": "حفظ التغييرات",
  "shell.prompts.manager.add": "إضافة مطالبة",
  "shell.prompts.manager.cancelEdit": "إلغاء التعديل",
  "shell.prompts.manager.saved": "حُفظت «{title}».",
  "shell.prompts.manager.added": "أُضيفت «{title}».",
  "shell.prompts.manager.deleted": "حُذفت «{title}».",

  "shell.prompts.problem.noTitle": "أعطِ المطالبة عنوانًا.",
  "shell.prompts.problem.titleTooLong": "عدد أحرف العنوان أكبر من {max}.",
  "shell.prompts.problem.noText": "اكتب نص المطالبة.",
  "shell.prompts.problem.textTooLong": "عدد أحرف النص أكبر من {max}.",
  "shell.prompts.problem.readFailed": "تعذّرت قراءة المطالبة: {reason}.",
  "shell.prompts.problem.saveFailed": "تعذّر حفظ المطالبة: {reason}.",
  "shell.prompts.problem.deleteFailed": "تعذّر حذف المطالبة: {reason}.",
  "shell.prompts.storage.quota": "مساحة التخزين على هذا الجهاز ممتلئة",
  "shell.prompts.storage.unavailable": "التخزين معطّل في نافذة المتصفح هذه",
  "shell.prompts.storage.unknown": "رفض المتصفح تخزينها",

  // The Language chooser and what the model is told

  "language.failed": "تعذّر تحميل {name}: تحقّق من اتصالك، ثم اختر اللغة مجددًا.",
  "language.answerIn": "اطلب من النموذج أن يجيب باللغة {name}",
  "language.answerInHint":
    "للمحادثات التي ليست لها مطالبة نظام خاصة بها. ومع ذلك يجيب النموذج باللغة التي تكتب بها.",

  // Chats: composer, messages, versions, settings, replies

  "chat.untitled": "محادثة جديدة",

  "chat.composer.label": "الرسالة",
  "chat.composer.placeholderReady": "اكتب رسالة إلى Llama",
  "chat.composer.placeholderLoading":
    "جارٍ تحميل النموذج، ويمكنك البدء بالكتابة",
  "chat.composer.placeholderIdle": "اكتب رسالة إلى Llama (يُحمَّل النموذج أولًا)",
  "chat.composer.send": "إرسال",
  "chat.composer.stop": "إيقاف",

  "chat.context.label": "السياق المستخدم",
  "chat.context.estimate": "الرموز: نحو {used} من {window} (تقدير)",
  "chat.context.estimateOmitted": {
    zero: "الرموز: نحو {used} من {window} (تقدير)",
    one: "الرموز: نحو {used} من {window} (تقدير) · استُبعدت أقدم رسالة مما يقرؤه النموذج كي تتسع نافذة سياقه للباقي",
    two: "الرموز: نحو {used} من {window} (تقدير) · استُبعدت أقدم رسالتين مما يقرؤه النموذج كي تتسع نافذة سياقه للباقي",
    few: "الرموز: نحو {used} من {window} (تقدير) · استُبعدت أقدم {count} رسائل مما يقرؤه النموذج كي تتسع نافذة سياقه للباقي",
    many: "الرموز: نحو {used} من {window} (تقدير) · استُبعدت أقدم {count} رسالة مما يقرؤه النموذج كي تتسع نافذة سياقه للباقي",
    other:
      "الرموز: نحو {used} من {window} (تقدير) · استُبعدت أقدم {count} رسالة مما يقرؤه النموذج كي تتسع نافذة سياقه للباقي",
  },

  "chat.header.label": "هذه المحادثة",
  "chat.header.titleInput": "عنوان المحادثة",
  "chat.header.rename": "إعادة تسمية",
  "chat.header.renameTip": "إعادة تسمية هذه المحادثة",
  "chat.header.settingsTip": "مطالبة النظام، ودرجة الحرارة، وTop-p، وطول الرد",
  "chat.header.exportTip": "تصدير هذه المحادثة",
  "chat.header.export": "تصدير المحادثة",
  "chat.header.exportJson": "تصدير المحادثة بتنسيق JSON",
  "chat.header.exportMarkdown": "تصدير المحادثة بتنسيق Markdown",
  "chat.header.delete": "حذف المحادثة",
  "chat.header.deleteTip": "حذف هذه المحادثة (يمكنك التراجع)",

  "chat.actions.userGroup": "رسالتك: الإجراءات",
  "chat.actions.replyGroup": "الرد: الإجراءات",
  "chat.actions.copy": "نسخ",
  "chat.actions.copied": "تم النسخ",
  "chat.actions.copiedStatus": "نُسخ إلى الحافظة.",
  "chat.actions.edit": "تعديل",
  "chat.actions.editTip": "التعديل وإعادة الإرسال",
  "chat.actions.continue": "متابعة",
  "chat.actions.continueTip": "متابعة هذا الرد",
  "chat.actions.regenerate": "إعادة التوليد",
  "chat.actions.regenerateTip": "كتابة هذا الرد من جديد",
  "chat.actions.delete": "حذف",
  "chat.actions.deleteTip": "حذف هذه الرسالة",

  "chat.badge.interrupted":
    "انقطع: أُغلقت الصفحة أو أُعيد تحميلها قبل اكتمال هذا الرد. ما كُتب منه محفوظ.",
  "chat.badge.elsewhere": "تجري كتابته في علامة تبويب أخرى…",
  "chat.badge.omitted":
    "مستبعدة مما يقرؤه النموذج: المحادثة أطول من نافذة سياقه.",

  "chat.editor.label": "تعديل الرسالة",
  "chat.editor.later": {
    zero: "يضيف الإرسال نسخة جديدة، مع الاحتفاظ بهذه الرسالة.",
    one: "يضيف الإرسال نسخة جديدة، مع الاحتفاظ بهذه الرسالة والرسالة التي تليها.",
    two: "يضيف الإرسال نسخة جديدة، مع الاحتفاظ بهذه الرسالة والرسالتين اللتين تليانها.",
    few: "يضيف الإرسال نسخة جديدة، مع الاحتفاظ بهذه الرسالة و{count} رسائل تليها.",
    many: "يضيف الإرسال نسخة جديدة، مع الاحتفاظ بهذه الرسالة و{count} رسالة تليها.",
    other:
      "يضيف الإرسال نسخة جديدة، مع الاحتفاظ بهذه الرسالة و{count} رسالة تليها.",
  },
  "chat.editor.send": "إرسال الرسالة المعدّلة",
  "chat.editor.cancel": "إلغاء",

  "chat.log.label": "المحادثة",
  "chat.welcome.intro":
    "روبوت دردشة خاص. يعمل Llama على وحدة GPU في جهازك، داخل هذا المتصفح، ولا يغادر أي شيء تكتبه هذا الجهاز.",
  "chat.welcome.ready": "النموذج جاهز. اكتب رسالة في الأسفل.",
  "chat.welcome.loading": "جارٍ تحميل النموذج، ويمكنك البدء بالكتابة.",
  "chat.welcome.idle":
    "اختر نموذجًا في الأعلى واضغط «تحميل النموذج»، أو أرسل رسالة مباشرةً: سيُحمَّل النموذج المختار أولًا.",

  "chat.message.you": "أنت",
  "chat.message.assistant": "المساعد",
  "chat.message.stopped": "أُوقف",
  "chat.message.failed": "{title} {advice}",
  "chat.message.failedKept": "{title} ما كُتب من الرد حتى الآن محفوظ.",
  "chat.message.usage": {
    zero: "التعبئة المسبقة {prefill} رمز/ث · التوليد {decode} رمز/ث · {tokens} رمز",
    one: "التعبئة المسبقة {prefill} رمز/ث · التوليد {decode} رمز/ث · رمز واحد",
    two: "التعبئة المسبقة {prefill} رمز/ث · التوليد {decode} رمز/ث · رمزان",
    few: "التعبئة المسبقة {prefill} رمز/ث · التوليد {decode} رمز/ث · {tokens} رموز",
    many: "التعبئة المسبقة {prefill} رمز/ث · التوليد {decode} رمز/ث · {tokens} رمزًا",
    other:
      "التعبئة المسبقة {prefill} رمز/ث · التوليد {decode} رمز/ث · {tokens} رمز",
  },

  "chat.announce.stopped": "أُوقف. {text}",

  "chat.settings.label": "إعدادات المحادثة",
  "chat.settings.systemPrompt": "مطالبة النظام",
  "chat.settings.systemPromptPlaceholder": "لا شيء: سلوك النموذج الافتراضي",
  "chat.settings.temperature": "درجة الحرارة",
  "chat.settings.topP": "Top-p",
  "chat.settings.maxTokens": "أقصى طول للرد (بالرموز)",
  "chat.settings.noLimit": "بلا حد",
  "chat.settings.modelDefault": "افتراضي النموذج",
  "chat.settings.modelDefaultValue": "افتراضي النموذج: {value}",
  "chat.settings.note":
    "الحقول الفارغة تأخذ القيم الافتراضية من إعدادات {model} نفسه: درجة الحرارة وTop-p الخاصة به، ويمكن أن يستمر الرد حتى تمتلئ نافذة سياقه ({window} من الرموز).",
  "chat.settings.noteNoModel":
    "الحقول الفارغة تأخذ القيم الافتراضية من إعدادات النموذج نفسه: درجة الحرارة وTop-p الخاصة به، ويمكن أن يستمر الرد حتى تمتلئ نافذة سياقه ({window} من الرموز).",
  "chat.settings.reset": "استعادة القيم الافتراضية للنموذج",
  "chat.settings.close": "إغلاق الإعدادات",

  "chat.undo.deletedChat": "حُذفت المحادثة «{title}».",
  "chat.undo.deletedMessages": {
    zero: "لم تُحذف أي رسالة.",
    one: "حُذفت رسالة.",
    two: "حُذفت رسالتان.",
    few: "حُذفت {count} رسائل.",
    many: "حُذفت {count} رسالة.",
    other: "حُذفت {count} رسالة.",
  },
  "chat.undo.undo": "تراجع",
  "chat.undo.dismiss": "إغلاق",

  "chat.version.group": "النسخة {index} من {count}",
  "chat.version.previous": "النسخة السابقة",
  "chat.version.next": "النسخة التالية",

  "chat.markdown.copyCode": "نسخ الشيفرة",

  "chat.markdown.copy": "نسخ",

  "chat.markdown.copied": "تم النسخ",

  "chat.markdown.copyFailed": "تعذّر النسخ",

  "chat.markdown.image": "صورة:",
  "chat.markdown.plainText": "نص",
  "chat.markdown.mathError": "تعذّر عرض هذه الصيغة الرياضية",

  // Models: picker, first step, Models dialog, folders

  "models.facts.sizeUnknown": "حجم التنزيل غير معروف",
  "models.facts.size": "تنزيل بحجم {size}",
  "models.facts.sizeAbout": "تنزيل بحجم {size} تقريبًا",
  "models.facts.memory": "{size} من ذاكرة GPU",
  "models.facts.memoryUnknown": "ذاكرة GPU غير معروفة",

  "models.state.none": "غير منزَّل",
  "models.state.downloading": "جارٍ التنزيل {percent}%",
  "models.state.paused": "متوقّف مؤقتًا عند {percent}%",
  "models.state.ready": "جاهز بلا اتصال",
  "models.state.damaged": "تالف",
  "models.checks.sizesOnly":
    "تعذّر التحقق من أوزانه: لا يذكر هذا النموذج أي مجاميع اختبارية (تحويل قديم)، لذا فُحصت أحجامها فقط.",
  "models.checks.notYet":
    "خُزّنت أوزانه قبل أن يبدأ Hearth بفحص المجاميع الاختبارية: اضغط «تحقّق» لفحصها.",

  "models.amount.of": "{done} من {total}",
  "models.amount.perSecond": "{size}/ث",
  "models.amount.left": "يتبقّى {duration}",
  "models.amount.percent": "{percent}%",

  "models.progress.label": "تحميل النموذج",
  "models.progress.line": "{phase}: {details}",
  "models.progress.starting": "جارٍ تشغيل المحرّك",
  "models.progress.fetching": "جارٍ تنزيل النموذج",
  "models.progress.loading": "جارٍ التحميل إلى وحدة GPU",
  "models.progress.compiling": "جارٍ تجميع المظلّلات",

  "models.picker.label": "النموذج",
  "models.picker.none": "لا يوجد نموذج",
  "models.picker.load": "تحميل النموذج",
  "models.picker.search": "البحث في النماذج",
  "models.picker.showAll": "عرض كل النماذج",
  "models.picker.list": "النماذج",
  "models.picker.noMatch": "لا يوجد نموذج يطابق «{query}».",
  "models.picker.customFamily": "أضفتها أنت",

  "models.first.title": "ابدأ مع {model}",
  "models.first.text":
    "مقترح لهذا الجهاز. يُنزَّل مرة واحدة ثم يعمل بلا اتصال، ويمكنك اختيار نموذج آخر من الأعلى في أي وقت.",
  "models.first.start": "التنزيل والبدء",

  "models.fit.label": "ملاءمة الجهاز",
  "models.fit.noF16":
    "لا تدعم وحدة GPU هذه مظلّلات الفاصلة العائمة 16 بت (shader-f16)",
  "models.fit.f16Only":
    "لا يتوفر إصدار من {model} يعمل دون مظلّلات 16 بت، لذا لن يُحمَّل هنا. اختر نموذجًا آخر.",
  "models.fit.f16Fallback":
    "لذا اختار Hearth الإصدار {quantization} من {model}، وهو لا يحتاج إلى مظلّلات 16 بت لكنه يحتاج إلى ذاكرة GPU أكبر ({memory}).",
  "models.fit.why": "لماذا؟",
  "models.fit.runsWell": "{model} · {fit}: {reason}.",
  "models.fit.risky":
    "{model} · {fit}. يمكنك تحميله مع ذلك، لكن انتبه: {reason}.",
  "models.fit.noneFits": "لا يُتوقَّع أن يعمل أي نموذج Llama على هذا الجهاز.",
  "models.fit.useSuggested": "استخدام النموذج المقترح",
  "models.fit.dismiss": "إخفاء",
  "models.fit.dismissTip": "إخفاء هذه الملاحظة لهذا النموذج",

  "models.dialog.open": "إدارة النماذج",
  "models.dialog.openTip": "التنزيلات والتخزين ونماذجك الخاصة",
  "models.dialog.title": "النماذج",
  "models.dialog.close": "إغلاق",
  "models.dialog.list": "النماذج على هذا الجهاز",

  "models.storage.used": "مساحة التخزين المستخدمة",
  "models.storage.usage":
    "المستخدم {used} من أصل {quota} يتيحها هذا المتصفح (المتبقي {free}).",
  "models.storage.usageWithModels":
    "المستخدم {used} من أصل {quota} يتيحها هذا المتصفح (المتبقي {free})، وتشغل النماذج منها {models}.",
  "models.storage.persistent": "التخزين دائم: لن يمحوه المتصفح من تلقاء نفسه.",
  "models.storage.notPersistent":
    "التخزين غير دائم: قد يمحو المتصفح النماذج عندما تقل المساحة.",

  "models.row.onDisk": "{size} على القرص",
  "models.row.verifying": "جارٍ التحقق من {model}",
  "models.row.checking": "جارٍ الفحص: {done} من {total}",
  "models.row.verified": {
    zero: "تم التحقق: تعثر مكتبة web-llm على هذا النموذج في ذاكرتها المؤقتة، وجميع ملفاته ({count}) مخزّنة.",
    one: "تم التحقق: تعثر مكتبة web-llm على هذا النموذج في ذاكرتها المؤقتة، وملفه الوحيد مخزّن.",
    two: "تم التحقق: تعثر مكتبة web-llm على هذا النموذج في ذاكرتها المؤقتة، وملفاه كلاهما مخزّنان.",
    few: "تم التحقق: تعثر مكتبة web-llm على هذا النموذج في ذاكرتها المؤقتة، وجميع ملفاته ({count}) مخزّنة.",
    many: "تم التحقق: تعثر مكتبة web-llm على هذا النموذج في ذاكرتها المؤقتة، وجميع ملفاته ({count}) مخزّنة.",
    other:
      "تم التحقق: تعثر مكتبة web-llm على هذا النموذج في ذاكرتها المؤقتة، وجميع ملفاته ({count}) مخزّنة.",
  },
  "models.row.verifiedMd5": {
    zero: "تم التحقق: تعثر مكتبة web-llm على هذا النموذج في ذاكرتها المؤقتة، وجميع ملفاته ({count}) مخزّنة. وكل جزء يطابق مجموعه الاختباري MD5.",
    one: "تم التحقق: تعثر مكتبة web-llm على هذا النموذج في ذاكرتها المؤقتة، وملفه الوحيد مخزّن. وكل جزء يطابق مجموعه الاختباري MD5.",
    two: "تم التحقق: تعثر مكتبة web-llm على هذا النموذج في ذاكرتها المؤقتة، وملفاه كلاهما مخزّنان. وكل جزء يطابق مجموعه الاختباري MD5.",
    few: "تم التحقق: تعثر مكتبة web-llm على هذا النموذج في ذاكرتها المؤقتة، وجميع ملفاته ({count}) مخزّنة. وكل جزء يطابق مجموعه الاختباري MD5.",
    many: "تم التحقق: تعثر مكتبة web-llm على هذا النموذج في ذاكرتها المؤقتة، وجميع ملفاته ({count}) مخزّنة. وكل جزء يطابق مجموعه الاختباري MD5.",
    other:
      "تم التحقق: تعثر مكتبة web-llm على هذا النموذج في ذاكرتها المؤقتة، وجميع ملفاته ({count}) مخزّنة. وكل جزء يطابق مجموعه الاختباري MD5.",
  },
  "models.row.pause": "إيقاف مؤقت",
  "models.row.cancel": "إلغاء",
  "models.row.resume": "استئناف",
  "models.row.download": "تنزيل",
  "models.row.repair": "إصلاح",
  "models.row.verify": "تحقّق",
  "models.row.delete": "حذف",
  "models.row.remove": "إزالة",

  "models.save.button": "حفظ في مجلد",
  "models.save.cancel": "إلغاء الحفظ",
  "models.save.progressLabel": "جارٍ حفظ {model} في مجلد",
  "models.save.progress": "جارٍ الحفظ: {done} من {total}",
  "models.save.cannotOpen": "تعذّر فتح المجلد للكتابة. اختر مجلدًا آخر.",
  "models.save.stopped": {
    zero: "توقّف الحفظ. لم يُكتب أي ملف في «{folder}»، وحُذف الملف الذي لم يكتمل.",
    one: "توقّف الحفظ. كُتب ملف واحد ({size}) في «{folder}»، وحُذف الملف الذي لم يكتمل.",
    two: "توقّف الحفظ. كُتب ملفان ({size}) في «{folder}»، وحُذف الملف الذي لم يكتمل.",
    few: "توقّف الحفظ. كُتبت {count} ملفات ({size}) في «{folder}»، وحُذف الملف الذي لم يكتمل.",
    many: "توقّف الحفظ. كُتب {count} ملفًا ({size}) في «{folder}»، وحُذف الملف الذي لم يكتمل.",
    other:
      "توقّف الحفظ. كُتب {count} ملف ({size}) في «{folder}»، وحُذف الملف الذي لم يكتمل.",
  },
  "models.save.saved": {
    zero: "لم يُحفظ أي ملف في «{folder}».",
    one: "حُفظ ملف واحد ({size}) في «{folder}».",
    two: "حُفظ ملفان ({size}) في «{folder}».",
    few: "حُفظت {count} ملفات ({size}) في «{folder}».",
    many: "حُفظ {count} ملفًا ({size}) في «{folder}».",
    other: "حُفظ {count} ملف ({size}) في «{folder}».",
  },
  "models.save.savedWithoutLibrary": {
    zero: "لم يُحفظ أي ملف في «{folder}». مكتبة النموذج غير مخزّنة في هذا المتصفح، لذا لم تُحفظ.",
    one: "حُفظ ملف واحد ({size}) في «{folder}». مكتبة النموذج غير مخزّنة في هذا المتصفح، لذا لم تُحفظ.",
    two: "حُفظ ملفان ({size}) في «{folder}». مكتبة النموذج غير مخزّنة في هذا المتصفح، لذا لم تُحفظ.",
    few: "حُفظت {count} ملفات ({size}) في «{folder}». مكتبة النموذج غير مخزّنة في هذا المتصفح، لذا لم تُحفظ.",
    many: "حُفظ {count} ملفًا ({size}) في «{folder}». مكتبة النموذج غير مخزّنة في هذا المتصفح، لذا لم تُحفظ.",
    other:
      "حُفظ {count} ملف ({size}) في «{folder}». مكتبة النموذج غير مخزّنة في هذا المتصفح، لذا لم تُحفظ.",
  },
  "models.save.failed": "تعذّر الحفظ في «{folder}». {reason}",

  "models.folder.button": "تحميل من مجلد",
  "models.folder.noModel":
    "لم يُعثر على نموذج MLC في هذا المجلد. اختر المجلد الذي يحتوي على mlc-chat-config.json وtensor-cache.json (مستودع النموذج على Hugging Face كما ينشئه git clone).",
  "models.folder.checking": "جارٍ فحص {model}…",
  "models.folder.copying": "جارٍ نسخ {model} إلى Hearth…",
  "models.folder.readyOwnLibrary":
    "{model} جاهز بلا اتصال، مع المكتبة الموجودة في مجلده.",
  "models.folder.readyBuiltInLibrary":
    "{model} جاهز بلا اتصال: المكتبة هي مكتبة {name} نفسها.",
  "models.folder.found": "النماذج في هذا المجلد",
  "models.folder.which": {
    zero: "لا يحتوي هذا المجلد على أي نموذج.",
    one: "يحتوي هذا المجلد على نموذج واحد. اختره أدناه.",
    two: "يحتوي هذا المجلد على نموذجين. أيّهما تريد؟",
    few: "يحتوي هذا المجلد على {count} نماذج. أيّها تريد؟",
    many: "يحتوي هذا المجلد على {count} نموذجًا. أيّها تريد؟",
    other: "يحتوي هذا المجلد على {count} نموذج. أيّها تريد؟",
  },
  "models.folder.load": "تحميل {model}",

  "models.library.url": "عنوان URL لمكتبة {model}",
  "models.library.notWasm":
    "يجب أن يشير عنوان URL لمكتبة {model} إلى ملف \u200e.wasm الخاص بالنموذج.",
  "models.library.use": "استخدام هذه المكتبة",
  "models.library.file": "أو ملف \u200e.wasm الخاص بها",

  "models.add.open": "إضافة نموذج",
  "models.add.added": "أُضيف {name}، وهو محدَّد في قائمة «النموذج».",
  "models.add.title": "إضافة نموذج",
  "models.add.hint":
    "نموذج بتنسيق MLC مستضاف في أي مكان، مثل نسخة مطابقة لدى شركة. يفحصه Hearth قبل إضافته.",
  "models.add.modelUrl": "عنوان URL للنموذج",
  "models.add.libraryUrl": "عنوان URL لمكتبة النموذج",
  "models.add.name": "الاسم",
  "models.add.optional": "اختياري",
  "models.add.checking": "جارٍ الفحص…",
  "models.add.submit": "إضافة النموذج",
  "models.add.cancel": "إلغاء",
  "models.add.storageFull":
    "تعذّرت إضافة {name}: مساحة التخزين في هذا الجهاز ممتلئة. أفرغ بعض المساحة على القرص أو احذف نموذجًا لم تعد تستخدمه، ثم حاول مرة أخرى.",
  "models.add.notSaved":
    "تعذّرت إضافة {name}: لم يتمكن المتصفح من حفظه (ربما يكون التخزين معطّلًا في هذه النافذة). حاول مرة أخرى، أو استخدم نافذة متصفح عادية.",

  "models.deleteAll.button": "حذف كل البيانات",
  "models.deleteAll.title": "هل تريد حذف كل البيانات؟",
  "models.deleteAll.text":
    "سيؤدي هذا إلى إزالة كل النماذج المنزّلة وكل المحادثات وكل الإعدادات من هذا المتصفح. ولا يمكن التراجع عن ذلك.",
  "models.deleteAll.confirm": "حذف كل شيء",
  "models.deleteAll.keep": "الاحتفاظ ببياناتي",
  "models.deleteAll.failed": "تعذّر حذف كل شيء. {reason}",

  // The engine: errors, fit, memory, storage, addresses, folders

  "engine.error.noWebgpu.title":
    "لا يستطيع هذا المتصفح تشغيل النماذج على وحدة GPU.",
  "engine.error.noWebgpu.advice":
    "استخدم Chrome أو Edge بالإصدار 113 أو أحدث على كمبيوتر مكتبي.",
  "engine.error.noAdapter.title": "لم يُعثر على وحدة GPU متوافقة.",
  "engine.error.noAdapter.advice":
    "حدّث برامج تشغيل الرسومات، أو جرّب كمبيوترًا آخر.",
  "engine.error.shaderF16.title":
    "يحتاج هذا النموذج إلى مظلّلات الفاصلة العائمة 16 بت، ووحدة GPU لديك لا تدعمها.",
  "engine.error.shaderF16.advice": "اختر إصدار q4f32_1 من النموذج بدلًا منه.",
  "engine.error.download.title": "تعذّر تنزيل النموذج.",
  "engine.error.download.advice":
    "فشل تنزيل أحد الملفات مرارًا (التفاصيل أدناه). تحقّق من اتصالك ثم أعد المحاولة، وما نُزّل حتى الآن محفوظ.",
  "engine.error.cancelled.title": "أُلغي التنزيل.",
  "engine.error.cancelled.advice":
    "لم يُحتفظ بشيء منه. اضغط «تحميل النموذج» للبدء من جديد.",
  "engine.error.network.title": "تعذّر تنزيل النموذج: تعذّر الوصول إلى {host}.",
  "engine.error.network.titleNoHost":
    "تعذّر تنزيل النموذج: تعذّر الوصول إلى الخادم الذي يستضيفه.",
  "engine.error.network.advice":
    "تحقّق من اتصالك بالإنترنت، ثم اختر «إعادة تحميل النموذج».",
  "engine.error.quota.title": "لا توجد مساحة تخزين كافية لهذا النموذج.",
  "engine.error.quota.advice":
    "حرّر بعض المساحة على القرص أو اختر نموذجًا أصغر، ثم أعد المحاولة.",
  "engine.error.diskFull.title": "القرص ممتلئ: التنزيل متوقّف مؤقتًا.",
  "engine.error.diskFull.advice":
    "كل ما نُزّل حتى الآن محفوظ. حرّر بعض المساحة على هذا الجهاز، أو احذف نموذجًا لم تعد تحتاجه من «إدارة النماذج»، ثم استأنف التنزيل.",
  "engine.error.folder.title": "تعذّر استخدام النموذج الموجود في هذا المجلد.",
  "engine.error.folder.advice":
    "أحد الملفات لا يطابق ما يذكره ملف tensor-cache.json الخاص بالنموذج (التفاصيل أدناه). لم يُحتفظ بشيء منه. انسخ المجلد مجددًا، أو نزّل النموذج.",
  "engine.error.storage.title":
    "تعذّر على Hearth استخدام مساحة التخزين في هذا المتصفح.",
  "engine.error.storage.advice":
    "تأكّد من وجود مساحة فارغة على القرص ومن أن المتصفح يسمح لهذا الموقع بتخزين البيانات، ثم أعد المحاولة.",
  "engine.error.deviceLost.title": "نفدت ذاكرة وحدة GPU أو أُعيد تعيينها.",
  "engine.error.deviceLost.advice":
    "أعد تحميل النموذج، أو استخدم نموذجًا أصغر. رسائلك محفوظة.",
  "engine.error.notLoaded.title": "لم يعد النموذج محمَّلًا.",
  "engine.error.notLoaded.advice":
    "اختر «إعادة تحميل النموذج» لتحميله مجددًا. رسائلك محفوظة.",
  "engine.error.contextWindow.title":
    "هذه المحادثة أطول مما يستطيع النموذج قراءته دفعة واحدة.",
  "engine.error.contextWindow.advice":
    "ابدأ محادثة جديدة، أو اختر نموذجًا بنافذة سياق أكبر.",
  "engine.error.modelLibrary.title":
    "تعذّر تشغيل برنامج النموذج في هذا المتصفح.",
  "engine.error.modelLibrary.advice":
    "قد تكون ملفات النموذج تالفة أو مُعدّة لإصدار آخر من web-llm. أعد تحميل النموذج، أو اختر نموذجًا آخر.",
  "engine.error.offline.title": "غير متاح بلا اتصال.",
  "engine.error.offline.advice":
    "لم يُنزَّل هذا النموذج بعد. اتصل بالإنترنت لتنزيله، أو اختر من «إدارة النماذج» نموذجًا عليه علامة «جاهز بلا اتصال».",
  "engine.error.workerCrashed.title": "توقّف المحرّك على نحو غير متوقع.",
  "engine.error.workerCrashed.advice":
    "يعيد Hearth تشغيله تلقائيًا مرة واحدة، وإن لم ينجح ذلك فاختر «إعادة تحميل النموذج». رسائلك محفوظة.",
  "engine.error.unknown.title": "حدث خطأ ما في المحرّك.",
  "engine.error.unknown.advice":
    "اختر «إعادة تحميل النموذج» للمحاولة مجددًا. رسائلك محفوظة.",

  "engine.worker.restarted": "أُعيد تشغيل المحرّك.",
  "engine.worker.crashed": "تعطّل عامل المحرّك.",
  "engine.worker.unreadable": "أرسل المحرّك رسالة تعذّرت قراءتها.",
  "engine.worker.stoppedResponding": "توقّف المحرّك عن الاستجابة.",

  "engine.load.offline": "يُفيد المتصفح بعدم وجود اتصال بالشبكة.",
  "engine.gpuLock.takenOver": "تولّت علامة تبويب أخرى استخدام وحدة GPU.",
  "engine.gpuLock.unloadedNotice":
    "تولّت علامة تبويب أخرى من Hearth استخدام وحدة GPU، لذا أُلغي تحميل النموذج هنا. اضغط «تحميل النموذج» لاستعادتها.",
  "engine.restart.loadingNotice":
    "توقّف المحرّك على نحو غير متوقع، لذا شغّل Hearth محرّكًا جديدًا ويعيد الآن تحميل النموذج. رسائلك محفوظة.",
  "engine.restart.doneNotice":
    "توقّف المحرّك على نحو غير متوقع وأُعيد تشغيله. رسائلك محفوظة.",

  "engine.gpu.unknownVendor": "شركة مصنّعة غير معروفة",
  "engine.gpu.unknownArchitecture": "بنية غير معروفة",
  "engine.gpu.noF16Build":
    "لا تدعم وحدة GPU لديك مظلّلات الفاصلة العائمة 16 بت (shader-f16)، ولا يتوفر إصدار من {name} يعمل دونها، لذا لن يُحمَّل هنا. اختر نموذجًا آخر.",
  "engine.gpu.pickedF32":
    "لا تدعم وحدة GPU لديك مظلّلات الفاصلة العائمة 16 بت (shader-f16)، لذا اختار Hearth إصدار q4f32_1 من {name}، وهو يحتاج إلى ذاكرة GPU أكبر ({size}).",

  "engine.fit.runsWell": "يعمل جيدًا",
  "engine.fit.mayBeTight": "قد يعمل بصعوبة",
  "engine.fit.wontRun": "لن يعمل",
  "engine.fit.device.software": "عارض برمجي يعمل على المعالج المركزي",
  "engine.fit.device.mobile": "وحدة GPU لهاتف أو جهاز لوحي",
  "engine.fit.device.unified": "شريحة Apple تتشارك الذاكرة مع النظام",
  "engine.fit.device.integrated": "وحدة GPU مدمجة تتشارك ذاكرة النظام",
  "engine.fit.device.discrete": "بطاقة رسومات بذاكرة مستقلة",
  "engine.fit.reason.noShaderF16":
    "يحتاج إلى مظلّلات الفاصلة العائمة 16 بت (shader-f16)، ووحدة GPU هذه لا تدعمها",
  "engine.fit.reason.missingFeatures":
    "يحتاج إلى ميزات GPU لا يوفّرها هذا المتصفح ({features})",
  "engine.fit.reason.bindingTooSmall":
    "لا تسمح وحدة GPU هذه إلا بمخازن تخزين حجمها {size}، وهذا دون الحد الأدنى الذي تتطلبه web-llm وهو 128 ميغابايت",
  "engine.fit.reason.bufferTooBig":
    "يحتاج إلى مخازن GPU بحجم {size}، وهذا أكبر مما تسمح به وحدة GPU هذه ({limit})",
  "engine.fit.reason.smallDevicesOnly":
    "يحتاج إلى مخازن تخزين بحجم 1 غيغابايت، ووحدة GPU هذه تسمح بـ{size} فقط؛ لا تعمل هنا إلا النماذج المصمّمة للأجهزة الصغيرة",
  "engine.fit.have": "نحو {size}",
  "engine.fit.reason.needUnknown":
    "لا يعرف Hearth مقدار ذاكرة GPU التي يحتاجها (لا يذكر ذلك سجله ولا حجم تنزيله)",
  "engine.fit.needEstimated":
    "نحو {size} تقديرًا (بناءً على حجم تنزيله {weights})",
  "engine.fit.reason.overBudget":
    "يحتاج إلى {need} من ذاكرة GPU، ولا يستطيع هذا الجهاز ({device}) أن يوفّر له سوى {have}",
  "engine.fit.reason.overGuess":
    "يحتاج إلى {need} من ذاكرة GPU، ويُقدّر Hearth أن لدى هذا الجهاز ({device}) {have}؛ وقد تنفد الذاكرة",
  "engine.fit.reason.software":
    "وحدة GPU هذه هي {device}، لذا تعمل كل النماذج ببطء شديد",
  "engine.fit.reason.close":
    "يحتاج إلى {need} من ذاكرة GPU، وهذا قريب مما يُرجَّح أن يوفّره هذا الجهاز ({device}): {have}",
  "engine.fit.reason.within":
    "يحتاج إلى {need} من ذاكرة GPU، وهذا أقل بكثير مما يُرجَّح أن يتوفر لدى هذا الجهاز: {have}",
  "engine.fit.reason.weightsOverBudget":
    "حجم أوزانه وحدها {weights}، ولا يستطيع هذا الجهاز ({device}) أن يوفّر له سوى {have}",
  "engine.fit.reason.estimateOverBudget":
    "يُقدّر Hearth أنه يحتاج إلى {size} من ذاكرة GPU (بناءً على حجم تنزيله {weights})، ولدى هذا الجهاز ({device}) {have}؛ وقد تنفد الذاكرة",
  "engine.suggest.runsWell": "يُتوقَّع أن يعمل {name} جيدًا هنا: {reason}.",
  "engine.suggest.insteadRunsWell":
    "المقترح لهذا الجهاز: {name} ({quantization})، لأن {first} يعمل جيدًا هنا: {reason}.",
  "engine.suggest.insteadMayBeTight":
    "المقترح لهذا الجهاز: {name} ({quantization})، لأن {first} قد يعمل هنا بصعوبة: {reason}.",
  "engine.suggest.insteadWontRun":
    "المقترح لهذا الجهاز: {name} ({quantization})، لأن {first} لن يعمل هنا: {reason}.",
  "engine.suggest.smallest":
    "المقترح لهذا الجهاز: {name} ({quantization})، أصغر نماذج Llama، لأنه لا يُتوقَّع أن يعمل أي نموذج جيدًا هنا.",

  "engine.memory.stated": "{size} من ذاكرة VRAM",
  "engine.memory.estimated": "نحو {size} من ذاكرة VRAM (تقديرًا)",
  "engine.memory.unknown": "ذاكرة GPU غير معروفة",
  "engine.entryLabel.withQuantization": "{name} · {quantization} · {memory}",
  "engine.entryLabel.plain": "{name} · {memory}",

  "engine.space.refusal":
    "يحتاج هذا النموذج إلى {need}، والمتاح {free}. حرّر بعض المساحة أو اختر نموذجًا أصغر.",
  "engine.diskFull.heldModel": "{name} ({size})",
  "engine.list.separator": "، ",
  "engine.list.and": "{items} و{last}",
  "engine.diskFull.adviceNoOther":
    "خُزّن {stored} من أصل {total} وسيُحتفظ به، ويحتاج النموذج إلى {more} إضافية. لا يحتفظ Hearth بأي نموذج آخر، لذا يجب توفير المساحة من مكان آخر على هذا الجهاز. حرّر {more} على الأقل، ثم اضغط «استئناف».",
  "engine.diskFull.adviceOthers":
    "خُزّن {stored} من أصل {total} وسيُحتفظ به، ويحتاج النموذج إلى {more} إضافية. يحتفظ Hearth أيضًا بهذه النماذج: {models}؛ وحذف أحدها من «إدارة النماذج» يحرّر مساحته. حرّر {more} على الأقل، ثم اضغط «استئناف».",

  "engine.address.notAddress":
    "{label} ليس عنوان ويب. يجب أن يبدأ بالبادئة https://\u200e",
  "engine.address.notHttp":
    "يجب أن يبدأ {label} بالبادئة https://\u200e (أو http://\u200e لخادم محلي).",
  "engine.address.notFolder": "يجب أن يكون {label} عنوان مجلد، من دون ? أو #.",

  "engine.addModel.modelUrl": "عنوان URL للنموذج",
  "engine.addModel.libraryUrl": "عنوان URL لمكتبة النموذج",
  "engine.addModel.notWasm":
    "يجب أن يشير عنوان URL لمكتبة النموذج إلى ملف \u200e.wasm الخاص بالنموذج.",
  "engine.addModel.notFound":
    "لم يُعثر على نموذج MLC في هذا العنوان: {detail}. يجب أن يكون عنوان URL للنموذج هو المجلد الذي يحتوي على mlc-chat-config.json وtensor-cache.json (تُقرأ الملفات من <URL>/resolve/main/\u200e).",

  "engine.folder.badConfig": "{file} في {model} ليس JSON صالحًا.",
  "engine.folder.noShards":
    "لا يحتوي {file} في {model} على قائمة بأجزاء الأوزان.",
  "engine.folder.missing": {
    zero: "لا ينقص {model} أي ملف: {files}. انسخ مجلد النموذج كاملًا وأعد المحاولة.",
    one: "{model} ينقصه ملف واحد: {files}. انسخ مجلد النموذج كاملًا وأعد المحاولة.",
    two: "{model} ينقصه ملفان: {files}. انسخ مجلد النموذج كاملًا وأعد المحاولة.",
    few: "{model} ينقصه {count} ملفات: {files}. انسخ مجلد النموذج كاملًا وأعد المحاولة.",
    many: "{model} ينقصه {count} ملفًا: {files}. انسخ مجلد النموذج كاملًا وأعد المحاولة.",
    other:
      "{model} ينقصه {count} ملف: {files}. انسخ مجلد النموذج كاملًا وأعد المحاولة.",
  },
  "engine.folder.moreFiles": "{files}، …",
  "engine.folder.noLibrary":
    "لا توجد مكتبة نموذج (\u200e.wasm) في مجلد {model}، ولا يملك Hearth نموذجًا مدمجًا بهذا الاسم ليأخذ مكتبته. حدّد مكتبته أدناه: عنوانها، أو ملف \u200e.wasm الخاص بها.",
  "engine.folder.host": "مجلد على هذا الجهاز",
  "engine.folder.hostWithLibrary": "مجلد على هذا الجهاز، والمكتبة من {host}",
  "engine.stored.filesMissing": {
    zero: "ينقص {count} من أصل {total} ملف. احذف النموذج ونزّله من جديد.",
    one: "ينقص ملف واحد من أصل {total}. احذف النموذج ونزّله من جديد.",
    two: "ينقص ملفان من أصل {total}. احذف النموذج ونزّله من جديد.",
    few: "تنقص {count} ملفات من أصل {total}. احذف النموذج ونزّله من جديد.",
    many: "ينقص {count} ملفًا من أصل {total}. احذف النموذج ونزّله من جديد.",
    other: "ينقص {count} ملف من أصل {total}. احذف النموذج ونزّله من جديد.",
  },
  "engine.stored.damaged": "بعض الملفات مفقودة أو غير صحيحة.",

  // The engine worker: downloads, Verify, Save to folder, storage

  "worker.error.unknown": "خطأ غير معروف",
  "worker.storageFailure.full":
    "تعذّر على المتصفح تخزين المزيد: القرص ممتلئ، أو امتلأت المساحة التي يتيحها المتصفح لهذا الموقع.",
  "worker.storageFailure.failed":
    "تعذّر على المتصفح القراءة من مساحة التخزين الخاصة بهذا الموقع أو الكتابة فيها.",
  "worker.download.diskFull":
    "امتلأ القرص أثناء التنزيل: خُزّن {stored} من أصل {total} بايت، وهي محفوظة.",
  "worker.download.fileProblem": "{file}: {reason}",
  "worker.download.busy": "الخادم مشغول ({status})",
  "worker.download.linkExpired": "انتهت صلاحية رابط التنزيل ({status})",
  "worker.download.answered": "ردّ الخادم بالرمز {status} {statusText}",
  "worker.download.answeredStatus": "ردّ الخادم بالرمز {status}",
  "worker.download.damagedTwice":
    "وصل تالفًا مرتين (مجموعه الاختباري MD5 لا يطابق tensor-cache.json). قد يكون الخادم يقدّم نسخة معطوبة: أعد المحاولة لاحقًا، أو استخدم خادمًا آخر لهذا النموذج",
  "worker.download.connectionFailed": "فشل الاتصال ({reason})",
  "worker.download.failed": "تعذّر تنزيله",
  "worker.verify.webPage": "أرسل الخادم صفحة ويب بدلًا من الملف",
  "worker.verify.size": "المتوقع {expected} بايت، والمستلَم {received}",
  "worker.verify.json": "أرسل الخادم JSON بدلًا من أوزان النموذج",
  "worker.verify.notWasm": "ليس مكتبة نموذج بتنسيق WebAssembly",
  "worker.verify.damaged":
    "وصل تالفًا (مجموعه الاختباري MD5 لا يطابق tensor-cache.json)",
  "worker.verify.integrity":
    "تجزئة السلامة الخاصة به لا تطابق ما في سجل النموذج",
  "worker.verify.invalidJson": "ليس JSON صالحًا",
  "worker.verify.notObject": "ليس كائن JSON",
  "worker.verify.noShards": "لا يحتوي على قائمة بأجزاء الأوزان",
  "worker.rehash.damaged": {
    zero: "{names} لا تطابق مجاميعها الاختبارية MD5: تالفة على هذا القرص. يعيد «إصلاح» تنزيلها.",
    one: "{names} لا يطابق مجموعه الاختباري MD5: تالف على هذا القرص. يعيد «إصلاح» تنزيله.",
    two: "{names} لا يطابقان مجموعيهما الاختباريين MD5: تالفان على هذا القرص. يعيد «إصلاح» تنزيلهما.",
    few: "{names} لا تطابق مجاميعها الاختبارية MD5: تالفة على هذا القرص. يعيد «إصلاح» تنزيلها.",
    many: "{names} لا تطابق مجاميعها الاختبارية MD5: تالفة على هذا القرص. يعيد «إصلاح» تنزيلها.",
    other:
      "{names} لا تطابق مجاميعها الاختبارية MD5: تالفة على هذا القرص. يعيد «إصلاح» تنزيلها.",
  },
  "worker.saveFolder.incomplete":
    "لم يُنزَّل هذا النموذج بالكامل، لذا لا يوجد ما يمكن حفظه كاملًا. نزّله أولًا.",
  "worker.saveFolder.missing":
    "{name} غير موجود في مساحة تخزين هذا المتصفح. تحقّق من النموذج، أو نزّله من جديد.",
  "worker.saveFolder.notAllowed":
    "لم يُسمح لتطبيق Hearth بالكتابة في ذلك المجلد. اختره مجددًا واسمح له بحفظ التغييرات.",
  "worker.saveFolder.diskFull":
    "قرص المجلد ممتلئ: تعذّرت كتابة {name}. حرّر بعض المساحة، أو اختر مجلدًا على قرص آخر.",
  "worker.saveFolder.readOnly":
    "تعذّرت كتابة {name}: قد يكون المجلد للقراءة فقط، أو يكون الملف مفتوحًا في برنامج آخر.",
  "worker.saveFolder.unreadable":
    "تعذّر نسخ {name}: نُقل المجلد أو أُزيل، أو لم تعد النسخة المخزّنة في هذا المتصفح قابلة للقراءة (تحقّق من النموذج).",
  "worker.saveFolder.failed": "تعذّرت كتابة {name} في ذلك المجلد.",
  "worker.storage.quota":
    "تعذّر حفظ أحدث رسائلك: مساحة التخزين على هذا الجهاز ممتلئة. حرّر بعض المساحة على القرص أو احذف محادثات قديمة. وحتى ذلك الحين، أبقِ علامة التبويب هذه مفتوحة كي لا يضيع شيء.",
  "worker.storage.unavailable":
    "لا يمكن حفظ المحادثات في نافذة المتصفح هذه (التخزين معطّل أو غير متاح، كما في بعض النوافذ الخاصة). أبقِ علامة التبويب هذه مفتوحة، أو صدّر محادثتك، كي لا يضيع شيء.",
  "worker.storage.unknown":
    "تعذّر حفظ أحدث رسائلك: لم يتمكن المتصفح من كتابتها على القرص (قد يكون ممتلئًا). يواصل Hearth المحاولة، وحتى ذلك الحين أبقِ علامة التبويب هذه مفتوحة كي لا يضيع شيء.",
  "worker.storage.deleteBlocked":
    "لا تزال علامة تبويب أخرى من Hearth تستخدم البيانات المخزّنة. أغلق علامات تبويب Hearth الأخرى وأعد المحاولة.",

  // Attachments, import and export

  "files.attach.button": "إرفاق ملفات",
  "files.attach.buttonTitle":
    "إرفاق ملفات (نص، Markdown، CSV، JSON، HTML، شيفرة برمجية، PDF)",
  "files.attach.tooLarge":
    "حجم {name} هو {size}، ويقرأ Hearth الملفات التي لا يتجاوز حجمها {max}.",
  "files.attach.unsupported":
    "{name} ليس من أنواع الملفات التي يستطيع Hearth قراءتها. يقرأ Hearth النصوص وMarkdown وCSV وJSON وHTML والشيفرة المصدرية وPDF.",
  "files.attach.binary":
    "يبدو أن {name} ملف ثنائي وليس نصًا. يقرأ Hearth النصوص وMarkdown وCSV وJSON وHTML والشيفرة المصدرية وPDF.",
  "files.attach.empty": "لا يحتوي {name} على نص للقراءة.",
  "files.attach.scannedPdf":
    "{name}: ملف PDF هذا مكوّن من صور ممسوحة ضوئيًا، ولا يستطيع Hearth قراءة سوى النص.",
  "files.attach.passwordPdf":
    "{name} محمي بكلمة مرور. أزل كلمة المرور (اطبعه إلى ملف PDF جديد) ثم أرفقه مجددًا.",
  "files.attach.corruptPdf":
    "تعذّرت قراءة {name} كملف PDF: الملف تالف أو ليس PDF فعلًا.",
  "files.attach.failed": "تعذّر على Hearth قراءة الملف: {detail}",
  "files.attach.readerStopped":
    "توقّف قارئ الملفات في Hearth على نحو غير متوقع.",
  "files.attach.couldNotRead": "تعذّر على Hearth قراءة {name}.",
  "files.attach.notSaved":
    "تعذّر حفظ المرفقات: هي مستخدمة الآن، لكنها ستختفي بعد إعادة التحميل.",

  "files.chip.pages": {
    zero: "{n} صفحة",
    one: "صفحة واحدة",
    two: "صفحتان",
    few: "{n} صفحات",
    many: "{n} صفحة",
    other: "{n} صفحة",
  },
  "files.chip.lines": {
    zero: "{n} سطر",
    one: "سطر واحد",
    two: "سطران",
    few: "{n} أسطر",
    many: "{n} سطرًا",
    other: "{n} سطر",
  },
  "files.chip.kilobytes": "{n} كيلوبايت",
  "files.chip.meta": "{extent}، {size}",
  "files.chip.open": "قراءة النص الذي استخرجه Hearth",
  "files.chip.remove": "إزالة {name}",
  "files.text.label": "نص {name}",
  "files.text.close": "إغلاق",
  "files.composer.attached": "الملفات المرفقة",
  "files.composer.reading": "جارٍ قراءة {names}…",
  "files.composer.dismiss": "إغلاق",
  "files.message.attachments": "الملفات المرسلة مع هذه الرسالة",

  "files.sources.whole": "قُرئ {name} كاملًا",
  "files.sources.passages": {
    zero: "لم يُستخدم أي مقطع من {name}",
    one: "استُخدم مقطع واحد من {name} ({places})",
    two: "استُخدم مقطعان من {name} ({places})",
    few: "استُخدمت {count} مقاطع من {name} ({places})",
    many: "استُخدم {count} مقطعًا من {name} ({places})",
    other: "استُخدم {count} مقطع من {name} ({places})",
  },
  "files.sources.pages": {
    zero: "الصفحات {pages}",
    one: "الصفحة {pages}",
    two: "الصفحتان {pages}",
    few: "الصفحات {pages}",
    many: "الصفحات {pages}",
    other: "الصفحات {pages}",
  },
  "files.sources.page": "الصفحة {n}",
  "files.sources.line": "السطر {n}",
  "files.sources.lines": "الأسطر {start}–{end}",
  "files.sources.passage": "{name}، {place}",
  "files.search.snippet": "{name}: {snippet}",

  "files.transfer.menu": "التصدير والاستيراد",
  "files.transfer.exportJson": "تصدير كل المحادثات بتنسيق JSON",
  "files.transfer.exportMarkdown": "تصدير كل المحادثات بتنسيق Markdown",
  "files.transfer.import": "استيراد محادثات",
  "files.transfer.importFile": "ملف المحادثات المراد استيراده",
  "files.count.chats": {
    zero: "{n} محادثة",
    one: "محادثة واحدة",
    two: "محادثتين",
    few: "{n} محادثات",
    many: "{n} محادثة",
    other: "{n} محادثة",
  },
  "files.count.savedPrompts": {
    zero: "{n} مطالبة محفوظة",
    one: "مطالبة محفوظة واحدة",
    two: "مطالبتين محفوظتين",
    few: "{n} مطالبات محفوظة",
    many: "{n} مطالبة محفوظة",
    other: "{n} مطالبة محفوظة",
  },
  "files.export.done": "تم تصدير {chats}.",
  "files.export.doneWithPrompts": "تم تصدير {chats} و{prompts}.",
  "files.import.done": "تم استيراد {chats}.",
  "files.import.doneWithPrompts": "تم استيراد {chats} و{prompts}.",
  "files.import.alreadyHere": {
    zero: "لم تكن أي محادثة موجودة من قبل.",
    one: "كانت محادثة واحدة موجودة من قبل.",
    two: "كانت محادثتان موجودتين من قبل.",
    few: "كانت {n} محادثات موجودة من قبل.",
    many: "كانت {n} محادثة موجودة من قبل.",
    other: "كانت {n} محادثة موجودة من قبل.",
  },
  "files.import.doneAndSkipped": "{imported} {skipped}",
  "files.import.notSaved": "لم تُستورد المحادثات. {reason}",
  "files.import.refused": "لم يُستورد الملف: {reason}. لم يتغيّر شيء.",
  "files.import.problemAt": "{place}: {problem}",

  "files.import.place.within": "{place}، {part}",
  "files.import.place.file": "الملف",
  "files.import.place.exportDate": "تاريخ التصدير في الملف",
  "files.import.place.conversations": "المحادثات في الملف",
  "files.import.place.conversation": "المحادثة {n}",
  "files.import.place.message": "الرسالة {n}",
  "files.import.place.errorField": "الخطأ، {field}",
  "files.import.place.attachment": "المرفقات، المرفق {n}",
  "files.import.place.attachmentId": "المرفق {n}",
  "files.import.place.passage": "المقطع {n}",
  "files.import.place.source": "المصدر {n}",
  "files.import.place.savedPrompts": "المطالبات المحفوظة في الملف",
  "files.import.place.savedPrompt": "المطالبة المحفوظة {n}",
  "files.import.field.id": "المعرّف",
  "files.import.field.title": "العنوان",
  "files.import.field.messages": "الرسائل",
  "files.import.field.settings": "الإعدادات",
  "files.import.field.createdAt": "وقت الإنشاء",
  "files.import.field.updatedAt": "وقت آخر نشاط",
  "files.import.field.promptUpdatedAt": "وقت آخر تغيير",
  "files.import.field.systemPrompt": "مطالبة النظام",
  "files.import.field.temperature": "درجة الحرارة",
  "files.import.field.topP": "top-p",
  "files.import.field.maxTokens": "أقصى طول للرد",
  "files.import.field.role": "الدور",
  "files.import.field.content": "المحتوى",
  "files.import.field.status": "الحالة",
  "files.import.field.usage": "الاستخدام",
  "files.import.field.promptTokens": "رموز المطالبة",
  "files.import.field.completionTokens": "رموز الرد",
  "files.import.field.prefillTokensPerSecond": "prefillTokensPerSecond",
  "files.import.field.decodeTokensPerSecond": "decodeTokensPerSecond",
  "files.import.field.timeToFirstTokenSeconds": "timeToFirstTokenSeconds",
  "files.import.field.modelId": "النموذج",
  "files.import.field.error": "الخطأ",
  "files.import.field.code": "الرمز",
  "files.import.field.detail": "التفاصيل",
  "files.import.field.parentId": "الرسالة الأصل",
  "files.import.field.activeId": "الرسالة النشطة",
  "files.import.field.attachments": "المرفقات",
  "files.import.field.attachmentIds": "المرفقات",
  "files.import.field.attachmentId": "المرفق",
  "files.import.field.name": "الاسم",
  "files.import.field.kind": "الصنف",
  "files.import.field.mime": "النوع",
  "files.import.field.size": "الحجم",
  "files.import.field.sha256": "التجزئة",
  "files.import.field.pages": "الصفحات",
  "files.import.field.lines": "الأسطر",
  "files.import.field.text": "النص",
  "files.import.field.passages": "المقاطع",
  "files.import.field.page": "الصفحة",
  "files.import.field.lineStart": "السطر الأول",
  "files.import.field.lineEnd": "السطر الأخير",
  "files.import.field.whole": "كامل",
  "files.import.field.sources": "المصادر",
  "files.import.field.addedAt": "وقت الإضافة",

  "files.import.kind.null": "فارغة (null)",
  "files.import.kind.list": "قائمة",
  "files.import.kind.object": "كائن",
  "files.import.kind.text": "نص",
  "files.import.kind.number": "رقم",
  "files.import.kind.boolean": "قيمة منطقية (true أو false)",
  "files.import.mustBeObjectIs": "يجب أن تكون القيمة كائنًا، لكنها {kind}",
  "files.import.mustBeTextIs": "يجب أن تكون القيمة نصًا، لكنها {kind}",
  "files.import.mustBeNumberIs": "يجب أن تكون القيمة رقمًا، لكنها {kind}",
  "files.import.mustBeListIs": "يجب أن تكون القيمة قائمة، لكنها {kind}",
  "files.import.mustBeObject": "يجب أن تكون القيمة كائنًا",
  "files.import.mustBeText": "يجب أن تكون القيمة نصًا",
  "files.import.mustBeList": "يجب أن تكون القيمة قائمة",
  "files.import.forbiddenKey": "يوجد المفتاح المحظور «{key}»",
  "files.import.unknownField": "يوجد حقل غير معروف «{field}»",
  "files.import.missingField": "الحقل «{field}» مفقود",
  "files.import.tooLong": "عدد الأحرف أكبر من {max}",
  "files.import.empty": "القيمة فارغة",
  "files.import.notText":
    "تحتوي القيمة على أحرف ليست نصًا (أحرف تحكّم أو Unicode تالف)",
  "files.import.idChars": "لا يُسمح إلا بالحروف والأرقام و«-» و«_»",
  "files.import.promptId":
    "لا يُسمح إلا بالحروف والأرقام و«-» و«_» (من 1 إلى 128 حرفًا)",
  "files.import.between": "يجب أن تكون القيمة بين {min} و{max}",
  "files.import.wholeNumber": "يجب أن تكون القيمة عددًا صحيحًا",
  "files.import.count": "يجب أن تكون القيمة عددًا صحيحًا، 0 أو أكثر",
  "files.import.time": "يجب أن تكون القيمة وقتًا (عددًا صحيحًا من 0 فأكثر)",
  "files.import.trueOrFalse": "يجب أن تكون القيمة true أو false",
  "files.import.oneOf": "يجب أن تكون القيمة إحدى هذه القيم: {options}",
  "files.import.tooManyEntries": "عدد الإدخالات أكبر من {max}",
  "files.import.tooManyItems": "عدد العناصر أكبر من {max}",
  "files.import.duplicateConversations": "محادثتان تشتركان في معرّف واحد",
  "files.import.duplicateMessages": "رسالتان تشتركان في معرّف واحد",
  "files.import.duplicateAttachments": "مرفقان يشتركان في معرّف واحد",
  "files.import.duplicatePrompts": "مطالبتان تشتركان في معرّف واحد",
  "files.import.notHearth":
    "ليس ملف تصدير من Hearth (قيمة «format» فيه ليست «{format}»)",
  "files.import.version":
    "إصداره {found}، وهذا الإصدار من Hearth يقرأ الإصدار {version}",
  "files.import.tooLarge": "حجم الملف أكبر من {size}",
  "files.import.notJson": "الملف ليس JSON صالحًا ({detail})",
  "files.import.tooManyMessages": "عدد الرسائل في الملف كله أكبر من {max}",
  "files.import.tree.mixed": "بعض الرسائل تحدّد رسالة أصلًا وبعضها لا يحدّد",
  "files.import.tree.missingParent":
    "يشير إلى رسالة («{id}») غير موجودة في هذه المحادثة",
  "files.import.tree.noRoot":
    "لا توجد رسالة أولى: كل رسالة تحدّد رسالة أصلًا، فتشكّل الرسائل حلقة",
  "files.import.tree.twoRoots":
    "يوجد جذران: رسالتان أوليان بدورين مختلفين، ولا يمكن أن تكونا نسختين من رسالة واحدة",
  "files.import.tree.loop":
    "تتشكّل حلقة: تتبُّع الرسائل الأصل يعود إلى الرسالة نفسها",
  "files.import.tree.missingActive":
    "يشير إلى رسالة غير موجودة في هذه المحادثة",

  "files.markdown.systemPrompt": "مطالبة النظام",
  "files.markdown.you": "أنت",
  "files.markdown.assistant": "المساعد",
  "files.markdown.roleWithNote": "{role} {note}",
  "files.markdown.stopped": "(أُوقف)",
  "files.markdown.failed": "(فشل قبل الاكتمال)",
  "files.markdown.interrupted": "(انقطع)",
};

export default catalog;
