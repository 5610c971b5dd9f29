import type { Catalog } from "./messages";

// German: formal "Sie", calm and short, as Chrome's German UI; German quotes „…“.
const catalog: Catalog = {
  // Units

  "unit.gigabytes": "{n} GB",
  "unit.megabytes": "{n} MB",
  "unit.seconds": "{n} Sek.",
  "unit.minutes": "{n} Min.",
  "unit.hoursMinutes": "{h} Std. {m} Min.",
  "unit.none": "–",

  // The shell: sidebar, top bar, notices, Device panel, prompts, install and update

  "shell.language": "Sprache",

  "shell.app.allDataDeleted": "Alle Daten wurden gelöscht.",

  "shell.sidebar.label": "Unterhaltungen",
  "shell.sidebar.newChat": "Neuer Chat",
  "shell.sidebar.newChatTip": "Neuer Chat (Strg+Umschalt+O)",
  "shell.sidebar.searchLabel": "Chats durchsuchen",
  "shell.sidebar.searchPlaceholder": "Alle Nachrichten durchsuchen",
  "shell.sidebar.listLabel": "Liste der Unterhaltungen",
  "shell.sidebar.matches": {
    zero: "Keine Chats gefunden.",
    one: "{count} Chat gefunden.",
    other: "{count} Chats gefunden.",
  },
  "shell.sidebar.showMore": {
    one: "Weitere Chats anzeigen ({count} älterer)",
    other: "Weitere Chats anzeigen ({count} ältere)",
  },
  "shell.sidebarToggle.label": "Unterhaltungen",

  "shell.theme.label": "Dunkles Design",
  "shell.theme.toLight": "Zum hellen Design wechseln",
  "shell.theme.toDark": "Zum dunklen Design wechseln",
  "shell.install.label": "App installieren",
  "shell.install.tip": "Hearth als App installieren",
  "shell.network.label": "Netzwerk",
  "shell.network.offline": "Offline",
  "shell.network.offlineTip":
    "Kein Netzwerk. Unterhaltungen und heruntergeladene Modelle funktionieren weiterhin.",

  "shell.status.label": "Modellstatus",
  "shell.status.idle": "Kein Modell geladen",
  "shell.status.loading": "{name} wird geladen",
  "shell.status.percent": "{percent} %",
  "shell.status.ready": "Bereit",
  "shell.status.generating": "Schreibt …",
  "shell.status.failed": "Mit einem Fehler beendet",
  "shell.status.rateTip": "Ausgabegeschwindigkeit der letzten Antwort",
  "shell.status.rate": "{rate} tok/s",

  "shell.update.label": "Update",
  "shell.update.available": "Update verfügbar",
  "shell.update.availableWaiting":
    "Update verfügbar · Neu laden, sobald die Antwort fertig ist",
  "shell.update.reload": "Neu laden",

  "shell.notices.linuxHelp":
    "Öffnen Sie unter Linux {flags}, aktivieren Sie „Unsafe WebGPU Support“ und „Vulkan“ und starten Sie dann den Browser neu.",
  "shell.notices.noWebgpu.title":
    "Dieser Browser kann die Modelle von Hearth nicht ausführen",
  "shell.notices.noWebgpu.body":
    "Hearth führt Llama über WebGPU auf Ihrer eigenen GPU aus, und dieser Browser bietet WebGPU nicht an. Verwenden Sie Chrome oder Edge ab Version 113 unter Windows, macOS oder ChromeOS. {linuxHelp}",
  "shell.notices.noAdapter.title": "Keine kompatible GPU gefunden",
  "shell.notices.noAdapter.body":
    "Hearth führt Llama über WebGPU auf Ihrer eigenen GPU aus, aber dieser Browser stellt dafür keine GPU bereit. Aktualisieren Sie Ihre Grafiktreiber, prüfen Sie, ob die Hardwarebeschleunigung in den Browsereinstellungen aktiviert ist, und verwenden Sie Chrome oder Edge ab Version 113 auf einem Desktop-Computer. {linuxHelp}",
  "shell.notices.gpuBusy.title": "Ein anderer Hearth-Tab verwendet die GPU",
  "shell.notices.gpuBusy.body":
    "Eine zweite Kopie eines Modells könnte den GPU-Speicher erschöpfen, deshalb lädt dieser Tab keines. Mit „Übernehmen“ wird das Modell im anderen Tab entladen und hier geladen.",
  "shell.notices.gpuBusy.takeOver": "Übernehmen",
  "shell.notices.failure.details": "Details",
  "shell.notices.failure.reload": "Modell neu laden",
  "shell.notices.failure.smaller": "Kleineres Modell verwenden",
  "shell.notices.failure.newChat": "Neuer Chat",

  "shell.device.title": "Gerät",
  "shell.device.checkingGpu": "GPU wird geprüft …",
  "shell.device.noWebgpu": "WebGPU ist in diesem Browser nicht verfügbar.",
  "shell.device.noAdapter": "Es wurde kein kompatibler GPU-Adapter gefunden.",
  "shell.device.vendor": "Hersteller",
  "shell.device.architecture": "Architektur",
  "shell.device.description": "Beschreibung",
  "shell.device.shaderF16": "16-Bit-Shader",
  "shell.device.shaderF16Yes": "Unterstützt (shader-f16)",
  "shell.device.shaderF16No": "Nicht unterstützt",
  "shell.device.maxStorageBinding": "Größte Speicherbindung",
  "shell.device.maxBuffer": "Größter Puffer",
  "shell.device.engineRunsOn": "Engine läuft auf",

  "shell.deploy.checking": "Bereitstellung wird geprüft …",
  "shell.deploy.label": "Bereitstellung",
  "shell.deploy.secure": "Sicherer Kontext",
  "shell.deploy.secureYes": "Ja",
  "shell.deploy.secureNo":
    "Nein: Stellen Sie Hearth über HTTPS bereit, sonst sind WebGPU und die Offline-Nutzung deaktiviert",
  "shell.deploy.offline": "Offline-Kopie",
  "shell.deploy.offlineReady": "Bereit für {scope}",
  "shell.deploy.offlinePending": "Noch nicht installiert",
  "shell.deploy.offlineUnsupported": "Hier nicht unterstützt",
  "shell.deploy.swCaching": "Service-Worker-Caching",
  "shell.deploy.version": "Version",
  "shell.deploy.caching.notChecked": "Nicht geprüft (offline)",
  "shell.deploy.caching.everyLoad": "Bei jedem Laden geprüft ({value})",
  "shell.deploy.caching.noLifetime":
    "Keine Gültigkeitsdauer angegeben ({value})",
  "shell.deploy.caching.noHeader": "Kein Cache-Control-Header",
  "shell.deploy.caching.short": "{seconds} s zwischengespeichert ({value})",
  "shell.deploy.caching.long":
    "{seconds} s zwischengespeichert: So spät können Updates ankommen. Liefern Sie sw.js mit Cache-Control: no-cache aus",

  "shell.hosts.title": "Modell-Host",
  "shell.hosts.modelsFrom": "Modelle von: {host}",
  "shell.hosts.modelsFromOwn": "Modelle von: {host} (Ihre Einstellung)",
  "shell.hosts.modelsFromFile": "Modelle von: {host} ({file} dieser Website)",
  "shell.hosts.librariesFrom": "Bibliotheken von: {host}",
  "shell.hosts.librariesFromOwn": "Bibliotheken von: {host} (Ihre Einstellung)",
  "shell.hosts.librariesFromFile":
    "Bibliotheken von: {host} ({file} dieser Website)",
  "shell.hosts.weightsHost": "Host für Modellgewichte",
  "shell.hosts.libraryHost": "Host für Modellbibliotheken",
  "shell.hosts.hint":
    "Ein Mirror mit denselben Pfaden: Er ersetzt {models} und {libraries} in den Adressen aller integrierten Modelle. Leere Felder verwenden den Standard.",
  "shell.hosts.saved":
    "Gespeichert. Modelle, die Sie ab jetzt herunterladen, kommen von diesen Hosts; bereits heruntergeladene Modelle behalten ihre.",
  "shell.hosts.resetDone":
    "Zurückgesetzt: Integrierte Modelle kommen wieder von den Hosts dieser Website.",
  "shell.hosts.save": "Hosts speichern",
  "shell.hosts.reset": "Hosts zurücksetzen",

  // Built-in prompts: titles only (avoid the words "prompt", "echo" and "fail").
  "shell.prompts.builtIn.llama2Default.title": "Llama-2-Standard",
  "shell.prompts.builtIn.concise.title": "Kurz und direkt",
  "shell.prompts.builtIn.summarize.title": "Zusammenfassen",
  "shell.prompts.builtIn.explainCode.title": "Code erklären",
  "shell.prompts.builtIn.proofread.title": "Korrekturlesen",
  "shell.prompts.builtIn.translate.title": "Ins Englische übersetzen",

  "shell.prompts.menu.label": "Gespeicherte Prompts",
  "shell.prompts.systemKind": "(Systemprompt)",
  "shell.prompts.menu.manage": "Gespeicherte Prompts verwalten …",
  "shell.prompts.menu.noMatch":
    "Kein gespeicherter Prompt passt zu „/{query}“.",
  "shell.prompts.menu.hint":
    "↑↓ zum Auswählen, Enter zum Verwenden, Esc zum Schließen",
  "shell.prompts.menu.systemSet":
    "Systemprompt für diesen Chat auf „{title}“ gesetzt.",

  "shell.prompts.manager.title": "Gespeicherte Prompts",
  "shell.prompts.manager.close": "Schließen",
  "shell.prompts.manager.empty":
    "Sie haben noch keine eigenen Prompts. Die integrierten Prompts von Hearth finden Sie immer im „/“-Menü.",
  "shell.prompts.manager.listLabel": "Ihre Prompts",
  "shell.prompts.manager.editLabel": "Prompt {title} bearbeiten",
  "shell.prompts.manager.deleteLabel": "Prompt {title} löschen",
  "shell.prompts.manager.edit": "Bearbeiten",
  "shell.prompts.manager.delete": "Löschen",
  "shell.prompts.manager.editHeading": "Prompt bearbeiten",
  "shell.prompts.manager.newHeading": "Neuer Prompt",
  "shell.prompts.manager.titleField": "Titel",
  "shell.prompts.manager.textField": "Prompttext",
  "shell.prompts.manager.systemField":
    "Als Systemprompt des Chats verwenden (statt das Nachrichtenfeld zu füllen)",
  "shell.prompts.manager.saveChanges": "Änderungen speichern",
  "shell.prompts.manager.add": "Prompt hinzufügen",
  "shell.prompts.manager.cancelEdit": "Bearbeiten abbrechen",
  "shell.prompts.manager.saved": "„{title}“ gespeichert.",
  "shell.prompts.manager.added": "„{title}“ hinzugefügt.",
  "shell.prompts.manager.deleted": "„{title}“ gelöscht.",

  "shell.prompts.problem.noTitle": "Geben Sie dem Prompt einen Titel.",
  "shell.prompts.problem.titleTooLong":
    "Der Titel ist länger als {max} Zeichen.",
  "shell.prompts.problem.noText": "Geben Sie den Text des Prompts ein.",
  "shell.prompts.problem.textTooLong": "Der Text ist länger als {max} Zeichen.",
  "shell.prompts.problem.readFailed":
    "Der Prompt konnte nicht gelesen werden: {reason}.",
  "shell.prompts.problem.saveFailed":
    "Der Prompt konnte nicht gespeichert werden: {reason}.",
  "shell.prompts.problem.deleteFailed":
    "Der Prompt konnte nicht gelöscht werden: {reason}.",
  "shell.prompts.storage.quota": "Der Speicher dieses Geräts ist voll",
  "shell.prompts.storage.unavailable":
    "Der Speicher ist in diesem Browserfenster deaktiviert",
  "shell.prompts.storage.unknown": "Der Browser hat das Speichern abgelehnt",

  // The Language chooser and what the model is told

  "language.failed":
    "{name} konnte nicht geladen werden: Prüfen Sie Ihre Verbindung und wählen Sie die Sprache dann erneut.",
  "language.answerIn": "Das Modell bitten, auf {name} zu antworten",
  "language.answerInHint":
    "Für Chats ohne eigenen Systemprompt. Das Modell antwortet trotzdem in der Sprache, in der Sie schreiben.",

  // Chats: composer, messages, versions, settings, replies

  "chat.untitled": "Neuer Chat",

  "chat.composer.label": "Nachricht",
  "chat.composer.placeholderReady": "Nachricht an Llama",
  "chat.composer.placeholderLoading":
    "Das Modell wird geladen; Sie können schon schreiben",
  "chat.composer.placeholderIdle":
    "Nachricht an Llama (zuerst wird das Modell geladen)",
  "chat.composer.send": "Senden",
  "chat.composer.stop": "Stoppen",

  "chat.context.label": "Genutzter Kontext",
  "chat.context.estimate": "Etwa {used} von {window} Token (geschätzt)",
  "chat.context.estimateOmitted": {
    one: "Etwa {used} von {window} Token (geschätzt) · die älteste Nachricht liest das Modell nicht mit, damit der Chat in sein Kontextfenster passt",
    other:
      "Etwa {used} von {window} Token (geschätzt) · die {count} ältesten Nachrichten liest das Modell nicht mit, damit der Chat in sein Kontextfenster passt",
  },

  "chat.header.label": "Dieser Chat",
  "chat.header.titleInput": "Chattitel",
  "chat.header.rename": "Umbenennen",
  "chat.header.renameTip": "Diesen Chat umbenennen",
  "chat.header.settingsTip": "Systemprompt, Temperatur, Top-p, Antwortlänge",
  "chat.header.exportTip": "Diesen Chat exportieren",
  "chat.header.export": "Chat exportieren",
  "chat.header.exportJson": "Chat als JSON exportieren",
  "chat.header.exportMarkdown": "Chat als Markdown exportieren",
  "chat.header.delete": "Chat löschen",
  "chat.header.deleteTip": "Diesen Chat löschen (lässt sich rückgängig machen)",

  "chat.actions.userGroup": "Ihre Nachricht: Aktionen",
  "chat.actions.replyGroup": "Antwort: Aktionen",
  "chat.actions.copy": "Kopieren",
  "chat.actions.copied": "Kopiert",
  "chat.actions.copiedStatus": "In die Zwischenablage kopiert.",
  "chat.actions.edit": "Bearbeiten",
  "chat.actions.editTip": "Bearbeiten und erneut senden",
  "chat.actions.continue": "Fortsetzen",
  "chat.actions.continueTip": "Diese Antwort fortsetzen",
  "chat.actions.regenerate": "Neu generieren",
  "chat.actions.regenerateTip": "Diese Antwort neu schreiben",
  "chat.actions.delete": "Löschen",
  "chat.actions.deleteTip": "Diese Nachricht löschen",

  "chat.badge.interrupted":
    "Unterbrochen: Die Seite wurde geschlossen oder neu geladen, bevor diese Antwort fertig war. Der bisherige Text bleibt erhalten.",
  "chat.badge.elsewhere": "Wird in einem anderen Tab geschrieben …",
  "chat.badge.omitted":
    "Wird vom Modell nicht mitgelesen: Der Chat ist länger als sein Kontextfenster.",

  "chat.editor.label": "Nachricht bearbeiten",
  "chat.editor.later": {
    one: "Beim Senden entsteht eine neue Version; diese und die Nachricht danach bleiben erhalten.",
    other:
      "Beim Senden entsteht eine neue Version; diese und die {count} Nachrichten danach bleiben erhalten.",
  },
  "chat.editor.send": "Bearbeitete Nachricht senden",
  "chat.editor.cancel": "Abbrechen",

  "chat.log.label": "Unterhaltung",
  "chat.welcome.intro":
    "Ein privater Chatbot. Llama läuft auf Ihrer eigenen GPU, in diesem Browser; nichts, was Sie eingeben, verlässt diesen Computer.",
  "chat.welcome.ready":
    "Das Modell ist bereit. Geben Sie unten eine Nachricht ein.",
  "chat.welcome.loading":
    "Das Modell wird geladen; Sie können schon schreiben.",
  "chat.welcome.idle":
    "Wählen Sie oben ein Modell und klicken Sie auf „Modell laden“ – oder senden Sie einfach eine Nachricht: Dann wird zuerst das gewählte Modell geladen.",

  "chat.message.you": "Sie",
  "chat.message.assistant": "Assistent",
  "chat.message.stopped": "Gestoppt",
  "chat.message.failed": "{title} {advice}",
  "chat.message.failedKept": "{title} Die bisherige Antwort bleibt erhalten.",
  "chat.message.usage": {
    one: "Prefill {prefill} tok/s · Decode {decode} tok/s · {tokens} Token",
    other: "Prefill {prefill} tok/s · Decode {decode} tok/s · {tokens} Token",
  },

  "chat.announce.stopped": "Gestoppt. {text}",

  "chat.settings.label": "Chat-Einstellungen",
  "chat.settings.systemPrompt": "Systemprompt",
  "chat.settings.systemPromptPlaceholder":
    "Keiner: Standardverhalten des Modells",
  "chat.settings.temperature": "Temperatur",
  "chat.settings.topP": "Top-p",
  "chat.settings.maxTokens": "Maximale Antwortlänge (Token)",
  "chat.settings.noLimit": "Keine Begrenzung",
  "chat.settings.modelDefault": "Modellstandard",
  "chat.settings.modelDefaultValue": "Modellstandard: {value}",
  "chat.settings.note":
    "Leere Felder verwenden die Standardwerte aus der Konfiguration von {model}: seine Temperatur und sein Top-p; Antworten dürfen so lang werden, bis sein Kontextfenster von {window} Token voll ist.",
  "chat.settings.noteNoModel":
    "Leere Felder verwenden die Standardwerte aus der Konfiguration des Modells: seine Temperatur und sein Top-p; Antworten dürfen so lang werden, bis sein Kontextfenster von {window} Token voll ist.",
  "chat.settings.reset": "Auf Modellstandards zurücksetzen",
  "chat.settings.close": "Einstellungen schließen",

  "chat.undo.deletedChat": "Chat „{title}“ gelöscht.",
  "chat.undo.deletedMessages": {
    one: "Eine Nachricht gelöscht.",
    other: "{count} Nachrichten gelöscht.",
  },
  "chat.undo.undo": "Rückgängig",
  "chat.undo.dismiss": "Schließen",

  "chat.version.group": "Version {index} von {count}",
  "chat.version.previous": "Vorherige Version",
  "chat.version.next": "Nächste Version",

  "chat.markdown.copyCode": "Code kopieren",

  "chat.markdown.copy": "Kopieren",

  "chat.markdown.copied": "Kopiert",

  "chat.markdown.copyFailed": "Kopieren fehlgeschlagen",

  "chat.markdown.image": "Bild:",
  "chat.markdown.plainText": "Text",
  "chat.markdown.mathError": "Diese Formel konnte nicht gesetzt werden",

  // Models: picker, first step, Models dialog, folders

  "models.facts.sizeUnknown": "Downloadgröße unbekannt",
  "models.facts.size": "{size} Download",
  "models.facts.sizeAbout": "ca. {size} Download",
  "models.facts.memory": "{size} GPU-Speicher",
  "models.facts.memoryUnknown": "GPU-Speicher unbekannt",

  "models.state.none": "Nicht heruntergeladen",
  "models.state.downloading": "Download: {percent} %",
  "models.state.paused": "Pausiert bei {percent} %",
  "models.state.ready": "Offline bereit",
  "models.state.damaged": "Beschädigt",
  "models.checks.sizesOnly":
    "Die Gewichte konnten nicht verifiziert werden: Dieses Modell enthält keine Prüfsummen (eine alte Konvertierung), daher wurden nur ihre Größen geprüft.",
  "models.checks.notYet":
    "Die Gewichte wurden gespeichert, bevor Hearth Prüfsummen kontrollierte: Wählen Sie „Prüfen“, um das nachzuholen.",

  "models.amount.of": "{done} von {total}",
  "models.amount.perSecond": "{size}/s",
  "models.amount.left": "noch {duration}",
  "models.amount.percent": "{percent} %",

  "models.progress.label": "Modell wird geladen",
  "models.progress.line": "{phase}: {details}",
  "models.progress.starting": "Engine wird gestartet",
  "models.progress.fetching": "Modell wird heruntergeladen",
  "models.progress.loading": "Wird in die GPU geladen",
  "models.progress.compiling": "Shader werden kompiliert",

  "models.picker.label": "Modell",
  "models.picker.none": "Kein Modell",
  "models.picker.load": "Modell laden",
  "models.picker.search": "Modelle suchen",
  "models.picker.showAll": "Alle Modelle anzeigen",
  "models.picker.list": "Modelle",
  "models.picker.noMatch": "Kein Modell passt zu „{query}“.",
  "models.picker.customFamily": "Von Ihnen hinzugefügt",

  "models.first.title": "Mit {model} beginnen",
  "models.first.text":
    "Für dieses Gerät empfohlen. Es wird einmal heruntergeladen und funktioniert dann offline; oben können Sie jederzeit ein anderes Modell wählen.",
  "models.first.start": "Herunterladen und starten",

  "models.fit.label": "Eignung für dieses Gerät",
  "models.fit.noF16": "dieser GPU fehlen 16-Bit-Float-Shader (shader-f16)",
  "models.fit.f16Only":
    "{model} gibt es nicht ohne 16-Bit-Shader, daher lässt es sich hier nicht laden. Wählen Sie ein anderes Modell.",
  "models.fit.f16Fallback":
    "Daher hat Hearth die Variante {quantization} von {model} gewählt, die keine 16-Bit-Shader, aber mehr GPU-Speicher benötigt ({memory}).",
  "models.fit.why": "Warum?",
  "models.fit.runsWell": "{model} · {fit}, denn {reason}.",
  "models.fit.risky":
    "{model} · {fit}. Sie können es trotzdem laden, aber {reason}.",
  "models.fit.noneFits":
    "Auf diesem Gerät läuft voraussichtlich kein Llama-Modell.",
  "models.fit.useSuggested": "Empfohlenes Modell verwenden",
  "models.fit.dismiss": "Ausblenden",
  "models.fit.dismissTip": "Diesen Hinweis für dieses Modell ausblenden",

  "models.dialog.open": "Modelle verwalten",
  "models.dialog.openTip": "Downloads, Speicher und Ihre eigenen Modelle",
  "models.dialog.title": "Modelle",
  "models.dialog.close": "Schließen",
  "models.dialog.list": "Modelle auf diesem Gerät",

  "models.storage.used": "Belegter Speicher",
  "models.storage.usage":
    "Belegt: {used} von {quota}, die dieser Browser erlaubt ({free} frei).",
  "models.storage.usageWithModels":
    "Belegt: {used} von {quota}, die dieser Browser erlaubt ({free} frei); davon Modelle: {models}.",
  "models.storage.persistent":
    "Der Speicher ist dauerhaft: Der Browser leert ihn nicht von selbst.",
  "models.storage.notPersistent":
    "Der Speicher ist nicht dauerhaft: Der Browser kann Modelle löschen, wenn der Platz knapp wird.",

  "models.row.onDisk": "{size} auf dem Datenträger",
  "models.row.verifying": "{model} wird geprüft",
  "models.row.checking": "Prüfung: {done} von {total}",
  "models.row.verified": {
    one: "Geprüft: web-llm findet dieses Modell in seinem Cache, und seine einzige Datei ist gespeichert.",
    other:
      "Geprüft: web-llm findet dieses Modell in seinem Cache, und alle {count} Dateien sind gespeichert.",
  },
  "models.row.verifiedMd5": {
    one: "Geprüft: web-llm findet dieses Modell in seinem Cache, und seine einzige Datei ist gespeichert. Jeder Shard stimmt mit seiner MD5-Prüfsumme überein.",
    other:
      "Geprüft: web-llm findet dieses Modell in seinem Cache, und alle {count} Dateien sind gespeichert. Jeder Shard stimmt mit seiner MD5-Prüfsumme überein.",
  },
  "models.row.pause": "Pausieren",
  "models.row.cancel": "Abbrechen",
  "models.row.resume": "Fortsetzen",
  "models.row.download": "Herunterladen",
  "models.row.repair": "Reparieren",
  "models.row.verify": "Prüfen",
  "models.row.delete": "Löschen",
  "models.row.remove": "Entfernen",

  "models.save.button": "In Ordner speichern",
  "models.save.cancel": "Speichern abbrechen",
  "models.save.progressLabel": "{model} wird in einem Ordner gespeichert",
  "models.save.progress": "Gespeichert: {done} von {total}",
  "models.save.cannotOpen":
    "Der Ordner konnte nicht zum Schreiben geöffnet werden. Wählen Sie einen anderen Ordner.",
  "models.save.stopped": {
    one: "Speichern angehalten. {count} Datei ({size}) wurde in „{folder}“ geschrieben; die angefangene Datei wurde verworfen.",
    other:
      "Speichern angehalten. {count} Dateien ({size}) wurden in „{folder}“ geschrieben; die angefangene Datei wurde verworfen.",
  },
  "models.save.saved": {
    one: "{count} Datei ({size}) in „{folder}“ gespeichert.",
    other: "{count} Dateien ({size}) in „{folder}“ gespeichert.",
  },
  "models.save.savedWithoutLibrary": {
    one: "{count} Datei ({size}) in „{folder}“ gespeichert. Die Modellbibliothek ist nicht in diesem Browser gespeichert und wurde daher weggelassen.",
    other:
      "{count} Dateien ({size}) in „{folder}“ gespeichert. Die Modellbibliothek ist nicht in diesem Browser gespeichert und wurde daher weggelassen.",
  },
  "models.save.failed": "Speichern in „{folder}“ nicht möglich. {reason}",

  "models.folder.button": "Aus Ordner laden",
  "models.folder.noModel":
    "In diesem Ordner wurde kein MLC-Modell gefunden. Wählen Sie den Ordner, der mlc-chat-config.json und tensor-cache.json enthält (das Hugging-Face-Repository eines Modells, wie git clone es anlegt).",
  "models.folder.checking": "{model} wird geprüft …",
  "models.folder.copying": "{model} wird in Hearth kopiert …",
  "models.folder.readyOwnLibrary":
    "{model} ist offline bereit, mit der Bibliothek aus seinem Ordner.",
  "models.folder.readyBuiltInLibrary":
    "{model} ist offline bereit: Es verwendet die Bibliothek von {name}.",
  "models.folder.found": "Modelle in diesem Ordner",
  "models.folder.which": {
    one: "Dieser Ordner enthält {count} Modell. Welches?",
    other: "Dieser Ordner enthält {count} Modelle. Welches davon?",
  },
  "models.folder.load": "{model} laden",

  "models.library.url": "Bibliotheks-URL für {model}",
  "models.library.notWasm":
    "Die Bibliotheks-URL für {model} sollte auf die .wasm-Datei des Modells zeigen.",
  "models.library.use": "Diese Bibliothek verwenden",
  "models.library.file": "Oder ihre .wasm-Datei",

  "models.add.open": "Modell hinzufügen",
  "models.add.added":
    "{name} hinzugefügt. Es ist in der Modellliste ausgewählt.",
  "models.add.title": "Modell hinzufügen",
  "models.add.hint":
    "Ein Modell im MLC-Format, das irgendwo gehostet wird, zum Beispiel auf einem Firmen-Mirror. Hearth prüft es, bevor es hinzugefügt wird.",
  "models.add.modelUrl": "Modell-URL",
  "models.add.libraryUrl": "URL der Modellbibliothek",
  "models.add.name": "Name",
  "models.add.optional": "Optional",
  "models.add.checking": "Wird geprüft …",
  "models.add.submit": "Modell hinzufügen",
  "models.add.cancel": "Abbrechen",
  "models.add.storageFull":
    "{name} konnte nicht hinzugefügt werden: Der Speicher dieses Geräts ist voll. Gib Speicherplatz frei oder lösche ein Modell, das du nicht mehr brauchst, und versuche es erneut.",
  "models.add.notSaved":
    "{name} konnte nicht hinzugefügt werden: Der Browser konnte es nicht speichern (in diesem Fenster ist der Speicher vielleicht ausgeschaltet). Versuche es erneut oder nutze ein normales Browserfenster.",

  "models.deleteAll.button": "Alle Daten löschen",
  "models.deleteAll.title": "Alle Daten löschen?",
  "models.deleteAll.text":
    "Dadurch werden alle heruntergeladenen Modelle, alle Unterhaltungen und alle Einstellungen aus diesem Browser entfernt. Das lässt sich nicht rückgängig machen.",
  "models.deleteAll.confirm": "Alles löschen",
  "models.deleteAll.keep": "Meine Daten behalten",
  "models.deleteAll.failed": "Nicht alles konnte gelöscht werden. {reason}",

  // The engine: errors, fit, memory, storage, addresses, folders

  "engine.error.noWebgpu.title":
    "Dieser Browser kann keine Modelle auf der GPU ausführen.",
  "engine.error.noWebgpu.advice":
    "Verwenden Sie Chrome oder Edge ab Version 113 auf einem Desktop-Computer.",
  "engine.error.noAdapter.title": "Es wurde keine kompatible GPU gefunden.",
  "engine.error.noAdapter.advice":
    "Aktualisieren Sie Ihre Grafiktreiber oder versuchen Sie es auf einem anderen Computer.",
  "engine.error.shaderF16.title":
    "Dieses Modell benötigt 16-Bit-Float-Shader, die Ihre GPU nicht unterstützt.",
  "engine.error.shaderF16.advice":
    "Wählen Sie stattdessen die Variante q4f32_1 des Modells.",
  "engine.error.download.title":
    "Das Modell konnte nicht heruntergeladen werden.",
  "engine.error.download.advice":
    "Eine Datei ist wiederholt fehlgeschlagen (Details unten). Prüfen Sie Ihre Verbindung und versuchen Sie es dann erneut; bereits Heruntergeladenes bleibt erhalten.",
  "engine.error.cancelled.title": "Der Download wurde abgebrochen.",
  "engine.error.cancelled.advice":
    "Davon wurde nichts behalten. Wählen Sie „Modell laden“, um neu zu beginnen.",
  "engine.error.network.title":
    "Das Modell konnte nicht heruntergeladen werden: {host} war nicht erreichbar.",
  "engine.error.network.titleNoHost":
    "Das Modell konnte nicht heruntergeladen werden: Sein Host war nicht erreichbar.",
  "engine.error.network.advice":
    "Prüfen Sie Ihre Internetverbindung und wählen Sie dann „Modell neu laden“.",
  "engine.error.quota.title":
    "Für dieses Modell ist nicht genug Speicherplatz vorhanden.",
  "engine.error.quota.advice":
    "Geben Sie Speicherplatz frei oder wählen Sie ein kleineres Modell und versuchen Sie es dann erneut.",
  "engine.error.diskFull.title":
    "Der Datenträger ist voll: Der Download wurde pausiert.",
  "engine.error.diskFull.advice":
    "Alles bisher Heruntergeladene bleibt erhalten. Geben Sie auf diesem Gerät Speicherplatz frei oder löschen Sie unter „Modelle verwalten“ ein Modell, das Sie nicht mehr brauchen, und setzen Sie den Download dann fort.",
  "engine.error.folder.title":
    "Das Modell in diesem Ordner konnte nicht verwendet werden.",
  "engine.error.folder.advice":
    "Eine Datei stimmt nicht mit den Angaben in der tensor-cache.json des Modells überein (Details unten). Davon wurde nichts behalten. Kopieren Sie den Ordner erneut oder laden Sie das Modell herunter.",
  "engine.error.storage.title":
    "Hearth konnte den Speicher dieses Browsers nicht nutzen.",
  "engine.error.storage.advice":
    "Prüfen Sie, ob auf dem Datenträger Platz frei ist und ob der Browser dieser Website erlaubt, Daten zu speichern, und versuchen Sie es dann erneut.",
  "engine.error.deviceLost.title":
    "Der GPU ist der Speicher ausgegangen, oder sie wurde zurückgesetzt.",
  "engine.error.deviceLost.advice":
    "Laden Sie das Modell neu oder verwenden Sie ein kleineres. Ihre Nachrichten bleiben erhalten.",
  "engine.error.notLoaded.title": "Das Modell ist nicht mehr geladen.",
  "engine.error.notLoaded.advice":
    "Wählen Sie „Modell neu laden“, um es wieder zu laden. Ihre Nachrichten bleiben erhalten.",
  "engine.error.contextWindow.title":
    "Diese Unterhaltung ist länger, als das Modell auf einmal lesen kann.",
  "engine.error.contextWindow.advice":
    "Beginnen Sie einen neuen Chat oder wählen Sie ein Modell mit größerem Kontextfenster.",
  "engine.error.modelLibrary.title":
    "Das Programm des Modells konnte in diesem Browser nicht gestartet werden.",
  "engine.error.modelLibrary.advice":
    "Die Modelldateien sind vielleicht beschädigt oder für eine andere web-llm-Version erstellt. Laden Sie das Modell neu oder wählen Sie ein anderes.",
  "engine.error.offline.title": "Offline nicht verfügbar.",
  "engine.error.offline.advice":
    "Dieses Modell ist noch nicht heruntergeladen. Stellen Sie eine Internetverbindung her, um es herunterzuladen, oder wählen Sie unter „Modelle verwalten“ ein Modell mit der Markierung „Offline bereit“.",
  "engine.error.workerCrashed.title": "Die Engine wurde unerwartet beendet.",
  "engine.error.workerCrashed.advice":
    "Hearth startet sie einmal von selbst neu; falls das nicht klappt, wählen Sie „Modell neu laden“. Ihre Nachrichten bleiben erhalten.",
  "engine.error.unknown.title": "In der Engine ist ein Fehler aufgetreten.",
  "engine.error.unknown.advice":
    "Wählen Sie „Modell neu laden“, um es erneut zu versuchen. Ihre Nachrichten bleiben erhalten.",

  "engine.worker.restarted": "Die Engine wurde neu gestartet.",
  "engine.worker.crashed": "Der Engine-Worker ist abgestürzt.",
  "engine.worker.unreadable":
    "Die Engine hat eine Nachricht gesendet, die nicht gelesen werden konnte.",
  "engine.worker.stoppedResponding": "Die Engine reagiert nicht mehr.",

  "engine.load.offline": "Der Browser meldet keine Netzwerkverbindung.",
  "engine.gpuLock.takenOver": "Ein anderer Tab hat die GPU übernommen.",
  "engine.gpuLock.unloadedNotice":
    "Ein anderer Hearth-Tab hat die GPU übernommen, daher wurde das Modell hier entladen. Wählen Sie „Modell laden“, um sie zurückzuholen.",
  "engine.restart.loadingNotice":
    "Die Engine wurde unerwartet beendet. Hearth hat eine neue gestartet und lädt das Modell erneut. Ihre Nachrichten bleiben erhalten.",
  "engine.restart.doneNotice":
    "Die Engine wurde unerwartet beendet und neu gestartet. Ihre Nachrichten bleiben erhalten.",

  "engine.gpu.unknownVendor": "unbekannter Hersteller",
  "engine.gpu.unknownArchitecture": "unbekannte Architektur",
  "engine.gpu.noF16Build":
    "Ihrer GPU fehlen 16-Bit-Float-Shader (shader-f16), und {name} gibt es nicht ohne sie, daher lässt es sich hier nicht laden. Wählen Sie ein anderes Modell.",
  "engine.gpu.pickedF32":
    "Ihrer GPU fehlen 16-Bit-Float-Shader (shader-f16), daher hat Hearth die Variante q4f32_1 von {name} gewählt; sie benötigt mehr GPU-Speicher ({size}).",

  // fit-advisor.ts: the reasons are main clauses, set after "denn" or "aber".
  "engine.fit.runsWell": "läuft gut",
  "engine.fit.mayBeTight": "könnte knapp werden",
  "engine.fit.wontRun": "läuft nicht",
  "engine.fit.device.software": "ein Software-Renderer auf der CPU",
  "engine.fit.device.mobile": "eine Smartphone- oder Tablet-GPU",
  "engine.fit.device.unified":
    "Apple Silicon, das sich den Speicher mit dem System teilt",
  "engine.fit.device.integrated":
    "eine integrierte GPU, die den Arbeitsspeicher des Systems mitnutzt",
  "engine.fit.device.discrete": "eine Grafikkarte mit eigenem Speicher",
  "engine.fit.reason.noShaderF16":
    "es benötigt 16-Bit-Float-Shader (shader-f16), die dieser GPU fehlen",
  "engine.fit.reason.missingFeatures":
    "es benötigt GPU-Funktionen, die diesem Browser fehlen ({features})",
  "engine.fit.reason.bindingTooSmall":
    "diese GPU erlaubt Speicherpuffer von nur {size}, weniger als die 128 MB, die web-llm mindestens braucht",
  "engine.fit.reason.bufferTooBig":
    "es benötigt GPU-Puffer von {size}, mehr als diese GPU erlaubt ({limit})",
  "engine.fit.reason.smallDevicesOnly":
    "es benötigt Speicherpuffer von 1 GB, während diese GPU nur {size} erlaubt; hier laufen nur Modelle, die für kleine Geräte erstellt wurden",
  "engine.fit.have": "etwa {size}",
  "engine.fit.reason.needUnknown":
    "Hearth weiß nicht, wie viel GPU-Speicher es benötigt (weder sein Eintrag noch seine Downloadgröße geben Auskunft)",
  "engine.fit.needEstimated": "geschätzten {size} (Download: {weights})",
  "engine.fit.reason.overBudget":
    "sein Bedarf an GPU-Speicher liegt bei {need}, während dieses Gerät ({device}) nur {have} bereitstellen kann",
  "engine.fit.reason.overGuess":
    "sein Bedarf an GPU-Speicher liegt bei {need}, und Hearth schätzt, dass dieses Gerät ({device}) {have} hat; der Speicher könnte nicht reichen",
  "engine.fit.reason.software":
    "diese GPU ist {device}, daher läuft jedes Modell sehr langsam",
  "engine.fit.reason.close":
    "sein Bedarf an GPU-Speicher liegt bei {need}, nahe an den {have}, die dieses Gerät ({device}) wahrscheinlich bereitstellen kann",
  "engine.fit.reason.within":
    "sein Bedarf an GPU-Speicher liegt bei {need}, deutlich unter den {have}, die dieses Gerät wahrscheinlich hat",
  "engine.fit.reason.weightsOverBudget":
    "allein seine Gewichte sind {weights} groß, während dieses Gerät ({device}) nur {have} bereitstellen kann",
  "engine.fit.reason.estimateOverBudget":
    "Hearth schätzt seinen Bedarf an GPU-Speicher auf {size} (Download: {weights}), und dieses Gerät ({device}) hat {have}; der Speicher könnte nicht reichen",
  "engine.suggest.runsWell": "{name} sollte hier gut laufen, denn {reason}.",
  "engine.suggest.insteadRunsWell":
    "Für dieses Gerät empfohlen: {name} ({quantization}). {first} läuft hier gut, denn {reason}.",
  "engine.suggest.insteadMayBeTight":
    "Für dieses Gerät empfohlen: {name} ({quantization}). {first} könnte hier knapp werden, denn {reason}.",
  "engine.suggest.insteadWontRun":
    "Für dieses Gerät empfohlen: {name} ({quantization}). {first} läuft hier nicht, denn {reason}.",
  "engine.suggest.smallest":
    "Für dieses Gerät empfohlen: {name} ({quantization}), das kleinste Llama-Modell, da hier voraussichtlich kein Modell gut läuft.",

  "engine.memory.stated": "{size} VRAM",
  "engine.memory.estimated": "ca. {size} VRAM (geschätzt)",
  "engine.memory.unknown": "GPU-Speicher unbekannt",
  "engine.entryLabel.withQuantization": "{name} · {quantization} · {memory}",
  "engine.entryLabel.plain": "{name} · {memory}",

  "engine.space.refusal":
    "Dieses Modell benötigt {need}, frei sind {free}. Geben Sie Speicherplatz frei oder wählen Sie ein kleineres Modell.",
  "engine.diskFull.heldModel": "{name} ({size})",
  "engine.list.separator": ", ",
  "engine.list.and": "{items} und {last}",
  "engine.diskFull.adviceNoOther":
    "{stored} von {total} sind gespeichert und bleiben erhalten; das Modell benötigt noch {more}. Hearth enthält kein anderes Modell, daher muss der Platz an anderer Stelle auf diesem Gerät frei werden. Geben Sie mindestens {more} frei und wählen Sie dann „Fortsetzen“.",
  "engine.diskFull.adviceOthers":
    "{stored} von {total} sind gespeichert und bleiben erhalten; das Modell benötigt noch {more}. Hearth enthält außerdem {models}: Wenn Sie eines davon unter „Modelle verwalten“ löschen, wird sein Platz frei. Geben Sie mindestens {more} frei und wählen Sie dann „Fortsetzen“.",

  "engine.address.notAddress":
    "„{label}“ ist keine Webadresse. Die Adresse sollte mit https:// beginnen.",
  "engine.address.notHttp":
    "„{label}“ muss mit https:// beginnen (oder mit http:// bei einem lokalen Server).",
  "engine.address.notFolder":
    "„{label}“ sollte eine Ordneradresse sein, ohne ? oder #.",

  "engine.addModel.modelUrl": "Modell-URL",
  "engine.addModel.libraryUrl": "URL der Modellbibliothek",
  "engine.addModel.notWasm":
    "Die URL der Modellbibliothek sollte auf die .wasm-Datei des Modells zeigen.",
  "engine.addModel.notFound":
    "An dieser Adresse wurde kein MLC-Modell gefunden: {detail}. Die Modell-URL sollte der Ordner sein, der mlc-chat-config.json und tensor-cache.json enthält (Dateien werden aus <URL>/resolve/main/ gelesen).",

  "engine.folder.badConfig": "{file} in {model} ist kein gültiges JSON.",
  "engine.folder.noShards":
    "{file} in {model} enthält keine Liste der Gewichts-Shards.",
  "engine.folder.missing": {
    one: "In {model} fehlt eine Datei: {files}. Kopieren Sie den gesamten Modellordner und versuchen Sie es erneut.",
    other:
      "In {model} fehlen {count} Dateien: {files}. Kopieren Sie den gesamten Modellordner und versuchen Sie es erneut.",
  },
  "engine.folder.moreFiles": "{files}, …",
  "engine.folder.noLibrary":
    "{model} hat keine Modellbibliothek (.wasm) in seinem Ordner, und Hearth hat kein integriertes Modell dieses Namens, von dem es eine übernehmen könnte. Geben Sie die Bibliothek unten an: ihre Adresse oder ihre .wasm-Datei.",
  "engine.folder.host": "ein Ordner auf diesem Gerät",
  "engine.folder.hostWithLibrary":
    "ein Ordner auf diesem Gerät, Bibliothek von {host}",
  "engine.stored.filesMissing": {
    one: "{count} von {total} Dateien fehlt. Löschen Sie das Modell und laden Sie es erneut herunter.",
    other:
      "{count} von {total} Dateien fehlen. Löschen Sie das Modell und laden Sie es erneut herunter.",
  },
  "engine.stored.damaged": "Einige Dateien fehlen oder sind fehlerhaft.",

  // The engine worker: downloads, Verify, Save to folder, storage

  "worker.error.unknown": "Unbekannter Fehler",
  "worker.storageFailure.full":
    "Der Browser konnte nichts mehr speichern: Der Datenträger oder der Platz, den der Browser dieser Website erlaubt, ist voll.",
  "worker.storageFailure.failed":
    "Der Browser konnte seinen Speicher für diese Website nicht lesen oder beschreiben.",
  "worker.download.diskFull":
    "Der Datenträger ist während des Downloads voll geworden: {stored} von {total} Byte sind gespeichert und bleiben erhalten.",
  "worker.download.fileProblem": "{file}: {reason}",
  "worker.download.busy": "der Server ist ausgelastet ({status})",
  "worker.download.linkExpired": "der Download-Link ist abgelaufen ({status})",
  "worker.download.answered": "der Server antwortete mit {status} {statusText}",
  "worker.download.answeredStatus": "der Server antwortete mit {status}",
  "worker.download.damagedTwice":
    "die Datei kam zweimal beschädigt an (ihre MD5-Prüfsumme stimmt nicht mit tensor-cache.json überein). Der Host liefert vielleicht eine defekte Kopie: Versuchen Sie es später erneut oder verwenden Sie für dieses Modell einen anderen Host",
  "worker.download.connectionFailed":
    "die Verbindung ist fehlgeschlagen ({reason})",
  "worker.download.failed": "die Datei konnte nicht heruntergeladen werden",
  "worker.verify.webPage":
    "der Server hat statt der Datei eine Webseite gesendet",
  "worker.verify.size": "{expected} Byte erwartet, {received} erhalten",
  "worker.verify.json": "der Server hat JSON statt Modellgewichten gesendet",
  "worker.verify.notWasm": "keine WebAssembly-Modellbibliothek",
  "worker.verify.damaged":
    "die Datei kam beschädigt an (ihre MD5-Prüfsumme stimmt nicht mit tensor-cache.json überein)",
  "worker.verify.integrity":
    "ihr Integritäts-Hash stimmt nicht mit dem im Modelleintrag überein",
  "worker.verify.invalidJson": "kein gültiges JSON",
  "worker.verify.notObject": "kein JSON-Objekt",
  "worker.verify.noShards": "enthält keine Liste der Gewichts-Shards",
  "worker.rehash.damaged": {
    one: "{names} stimmt nicht mit der MD5-Prüfsumme überein: auf diesem Datenträger beschädigt. „Reparieren“ lädt die Datei erneut herunter.",
    other:
      "{names} stimmen nicht mit ihren MD5-Prüfsummen überein: auf diesem Datenträger beschädigt. „Reparieren“ lädt sie erneut herunter.",
  },
  "worker.saveFolder.incomplete":
    "Dieses Modell ist nicht vollständig heruntergeladen, daher gibt es nichts Vollständiges zu speichern. Laden Sie es zuerst herunter.",
  "worker.saveFolder.missing":
    "{name} fehlt im Speicher dieses Browsers. Prüfen Sie das Modell oder laden Sie es erneut herunter.",
  "worker.saveFolder.notAllowed":
    "Hearth durfte nicht in diesen Ordner schreiben. Wählen Sie ihn erneut und erlauben Sie Hearth, Änderungen zu speichern.",
  "worker.saveFolder.diskFull":
    "Der Datenträger des Ordners ist voll: {name} konnte nicht geschrieben werden. Geben Sie Speicherplatz frei oder wählen Sie einen Ordner auf einem anderen Datenträger.",
  "worker.saveFolder.readOnly":
    "{name} konnte nicht geschrieben werden: Der Ordner ist vielleicht schreibgeschützt, oder die Datei ist in einem anderen Programm geöffnet.",
  "worker.saveFolder.unreadable":
    "{name} konnte nicht kopiert werden: Der Ordner wurde verschoben oder entfernt, oder die in diesem Browser gespeicherte Kopie lässt sich nicht mehr lesen (prüfen Sie das Modell).",
  "worker.saveFolder.failed":
    "{name} konnte nicht in diesen Ordner geschrieben werden.",
  "worker.storage.quota":
    "Ihre letzten Nachrichten konnten nicht gespeichert werden: Der Speicher dieses Geräts ist voll. Geben Sie Speicherplatz frei oder löschen Sie alte Chats. Lassen Sie diesen Tab bis dahin geöffnet, damit nichts verloren geht.",
  "worker.storage.unavailable":
    "In diesem Browserfenster können keine Chats gespeichert werden (der Speicher ist deaktiviert oder nicht verfügbar, wie in manchen privaten Fenstern). Lassen Sie diesen Tab geöffnet oder exportieren Sie Ihren Chat, damit nichts verloren geht.",
  "worker.storage.unknown":
    "Ihre letzten Nachrichten konnten nicht gespeichert werden: Der Browser konnte sie nicht auf den Datenträger schreiben (er ist vielleicht voll). Hearth versucht es weiter; lassen Sie diesen Tab bis dahin geöffnet, damit nichts verloren geht.",
  "worker.storage.deleteBlocked":
    "Ein anderer Hearth-Tab verwendet noch die gespeicherten Daten. Schließen Sie Ihre anderen Hearth-Tabs und versuchen Sie es erneut.",

  // Attachments, import and export

  "files.attach.button": "Dateien anhängen",
  "files.attach.buttonTitle":
    "Dateien anhängen (Text, Markdown, CSV, JSON, HTML, Code, PDF)",
  "files.attach.tooLarge":
    "{name} ist {size} groß; Hearth liest Dateien bis {max}.",
  "files.attach.unsupported":
    "{name} ist kein Dateityp, den Hearth lesen kann. Hearth liest Text, Markdown, CSV, JSON, HTML, Quellcode und PDF.",
  "files.attach.binary":
    "{name} scheint eine Binärdatei zu sein, kein Text. Hearth liest Text, Markdown, CSV, JSON, HTML, Quellcode und PDF.",
  "files.attach.empty": "{name} enthält keinen lesbaren Text.",
  "files.attach.scannedPdf":
    "{name}: Dieses PDF besteht aus gescannten Bildern; Hearth kann nur Text lesen.",
  "files.attach.passwordPdf":
    "{name} ist durch ein Passwort geschützt. Entfernen Sie das Passwort (drucken Sie die Datei als neues PDF) und hängen Sie sie erneut an.",
  "files.attach.corruptPdf":
    "{name} konnte nicht als PDF gelesen werden: Die Datei ist beschädigt oder gar kein PDF.",
  "files.attach.failed": "Hearth konnte die Datei nicht lesen: {detail}",
  "files.attach.readerStopped":
    "Der Dateileser von Hearth wurde unerwartet beendet.",
  "files.attach.couldNotRead": "Hearth konnte {name} nicht lesen.",
  "files.attach.notSaved":
    "Die Anhänge konnten nicht gespeichert werden: Sie werden jetzt verwendet, sind nach dem Neuladen aber weg.",

  "files.chip.pages": { one: "{n} Seite", other: "{n} Seiten" },
  "files.chip.lines": { one: "{n} Zeile", other: "{n} Zeilen" },
  "files.chip.kilobytes": "{n} KB",
  "files.chip.meta": "{extent}, {size}",
  "files.chip.open": "Von Hearth extrahierten Text lesen",
  "files.chip.remove": "{name} entfernen",
  "files.text.label": "Text von {name}",
  "files.text.close": "Schließen",
  "files.composer.attached": "Angehängte Dateien",
  "files.composer.reading": "Wird gelesen: {names} …",
  "files.composer.dismiss": "Schließen",
  "files.message.attachments": "Mit dieser Nachricht gesendete Dateien",

  "files.sources.whole": "{name} vollständig gelesen",
  "files.sources.passages": {
    one: "{count} Abschnitt aus {name} verwendet ({places})",
    other: "{count} Abschnitte aus {name} verwendet ({places})",
  },
  "files.sources.pages": { one: "Seite {pages}", other: "Seiten {pages}" },
  "files.sources.page": "Seite {n}",
  "files.sources.line": "Zeile {n}",
  "files.sources.lines": "Zeilen {start}–{end}",
  "files.sources.passage": "{name}, {place}",
  "files.search.snippet": "{name}: {snippet}",

  "files.transfer.menu": "Exportieren und importieren",
  "files.transfer.exportJson": "Alle Chats als JSON exportieren",
  "files.transfer.exportMarkdown": "Alle Chats als Markdown exportieren",
  "files.transfer.import": "Chats importieren",
  "files.transfer.importFile": "Zu importierende Chat-Datei",
  "files.count.chats": { one: "{n} Chat", other: "{n} Chats" },
  "files.count.savedPrompts": {
    one: "{n} gespeicherter Prompt",
    other: "{n} gespeicherte Prompts",
  },
  "files.export.done": "{chats} exportiert.",
  "files.export.doneWithPrompts": "{chats} und {prompts} exportiert.",
  "files.import.done": "{chats} importiert.",
  "files.import.doneWithPrompts": "{chats} und {prompts} importiert.",
  "files.import.alreadyHere": {
    one: "{n} war bereits vorhanden.",
    other: "{n} waren bereits vorhanden.",
  },
  "files.import.doneAndSkipped": "{imported} {skipped}",
  "files.import.notSaved": "Die Chats wurden nicht importiert. {reason}",
  "files.import.refused":
    "Die Datei wurde nicht importiert: {reason}. Es wurde nichts geändert.",
  "files.import.problemAt": "{place}: {problem}",

  "files.import.place.within": "{place}, {part}",
  "files.import.place.file": "Die Datei",
  "files.import.place.exportDate": "Das Exportdatum der Datei",
  "files.import.place.conversations": "Die Unterhaltungen der Datei",
  "files.import.place.conversation": "Unterhaltung {n}",
  "files.import.place.message": "Nachricht {n}",
  "files.import.place.errorField": "Fehler-{field}",
  "files.import.place.attachment": "Anhänge, Anhang {n}",
  "files.import.place.attachmentId": "Anhang {n}",
  "files.import.place.passage": "Abschnitt {n}",
  "files.import.place.source": "Quelle {n}",
  "files.import.place.savedPrompts": "Die gespeicherten Prompts der Datei",
  "files.import.place.savedPrompt": "Gespeicherter Prompt {n}",
  "files.import.field.id": "ID",
  "files.import.field.title": "Titel",
  "files.import.field.messages": "Nachrichten",
  "files.import.field.settings": "Einstellungen",
  "files.import.field.createdAt": "Erstellungszeitpunkt",
  "files.import.field.updatedAt": "Zeitpunkt der letzten Aktivität",
  "files.import.field.promptUpdatedAt": "Zeitpunkt der letzten Änderung",
  "files.import.field.systemPrompt": "Systemprompt",
  "files.import.field.temperature": "Temperatur",
  "files.import.field.topP": "Top-p",
  "files.import.field.maxTokens": "maximale Antwortlänge",
  "files.import.field.role": "Rolle",
  "files.import.field.content": "Inhalt",
  "files.import.field.status": "Status",
  "files.import.field.usage": "Nutzung",
  "files.import.field.promptTokens": "Prompt-Token",
  "files.import.field.completionTokens": "Antwort-Token",
  "files.import.field.prefillTokensPerSecond": "prefillTokensPerSecond",
  "files.import.field.decodeTokensPerSecond": "decodeTokensPerSecond",
  "files.import.field.timeToFirstTokenSeconds": "timeToFirstTokenSeconds",
  "files.import.field.modelId": "Modell",
  "files.import.field.error": "Fehler",
  "files.import.field.code": "Code",
  "files.import.field.detail": "Detail",
  "files.import.field.parentId": "übergeordnete Nachricht",
  "files.import.field.activeId": "aktive Nachricht",
  "files.import.field.attachments": "Anhänge",
  "files.import.field.attachmentIds": "Anhänge",
  "files.import.field.attachmentId": "Anhang",
  "files.import.field.name": "Name",
  "files.import.field.kind": "Art",
  "files.import.field.mime": "Typ",
  "files.import.field.size": "Größe",
  "files.import.field.sha256": "Hash",
  "files.import.field.pages": "Seiten",
  "files.import.field.lines": "Zeilen",
  "files.import.field.text": "Text",
  "files.import.field.passages": "Abschnitte",
  "files.import.field.page": "Seite",
  "files.import.field.lineStart": "erste Zeile",
  "files.import.field.lineEnd": "letzte Zeile",
  "files.import.field.whole": "vollständig",
  "files.import.field.sources": "Quellen",
  "files.import.field.addedAt": "Zeitpunkt des Hinzufügens",

  "files.import.kind.null": "leer (null)",
  "files.import.kind.list": "eine Liste",
  "files.import.kind.object": "ein Objekt",
  "files.import.kind.text": "Text",
  "files.import.kind.number": "eine Zahl",
  "files.import.kind.boolean": "true oder false",
  "files.import.mustBeObjectIs": "muss ein Objekt sein, ist aber {kind}",
  "files.import.mustBeTextIs": "muss Text sein, ist aber {kind}",
  "files.import.mustBeNumberIs": "muss eine Zahl sein, ist aber {kind}",
  "files.import.mustBeListIs": "muss eine Liste sein, ist aber {kind}",
  "files.import.mustBeObject": "muss ein Objekt sein",
  "files.import.mustBeText": "muss Text sein",
  "files.import.mustBeList": "muss eine Liste sein",
  "files.import.forbiddenKey": "enthält den unzulässigen Schlüssel „{key}“",
  "files.import.unknownField": "hat ein unbekanntes Feld „{field}“",
  "files.import.missingField": "hat kein Feld „{field}“",
  "files.import.tooLong": "ist länger als {max} Zeichen",
  "files.import.empty": "ist leer",
  "files.import.notText":
    "enthält Zeichen, die kein Text sind (Steuerzeichen oder fehlerhaftes Unicode)",
  "files.import.idChars": "darf nur Buchstaben, Ziffern, „-“ und „_“ enthalten",
  "files.import.promptId":
    "darf nur Buchstaben, Ziffern, „-“ und „_“ enthalten (1 bis 128 Zeichen)",
  "files.import.between": "muss zwischen {min} und {max} liegen",
  "files.import.wholeNumber": "muss eine ganze Zahl sein",
  "files.import.count": "muss eine ganze Zahl ab 0 sein",
  "files.import.time": "muss eine Zeitangabe sein (eine ganze Zahl ab 0)",
  "files.import.trueOrFalse": "muss true oder false sein",
  "files.import.oneOf": "muss einer dieser Werte sein: {options}",
  "files.import.tooManyEntries": "enthält mehr als {max} Einträge",
  "files.import.tooManyItems": "enthält mehr als {max} Elemente",
  "files.import.duplicateConversations":
    "zwei Unterhaltungen haben dieselbe ID",
  "files.import.duplicateMessages": "zwei Nachrichten haben dieselbe ID",
  "files.import.duplicateAttachments": "zwei Anhänge haben dieselbe ID",
  "files.import.duplicatePrompts": "zwei Prompts haben dieselbe ID",
  "files.import.notHearth":
    "ist kein Hearth-Export (das Feld „format“ ist nicht „{format}“)",
  "files.import.version":
    "hat Version {found}, diese Version von Hearth liest aber Version {version}",
  "files.import.tooLarge": "Die Datei ist größer als {size}",
  "files.import.notJson": "Die Datei ist kein gültiges JSON ({detail})",
  "files.import.tooManyMessages":
    "Die Datei enthält insgesamt mehr als {max} Nachrichten",
  "files.import.tree.mixed":
    "einige Nachrichten nennen eine übergeordnete Nachricht, andere nicht",
  "files.import.tree.missingParent":
    "nennt eine Nachricht („{id}“), die nicht in dieser Unterhaltung ist",
  "files.import.tree.noRoot":
    "haben keine erste Nachricht: Jede Nachricht nennt eine übergeordnete, sie bilden also eine Schleife",
  "files.import.tree.twoRoots":
    "haben zwei Anfänge: erste Nachrichten mit unterschiedlichen Rollen, die keine Versionen derselben Nachricht sein können",
  "files.import.tree.loop":
    "bildet eine Schleife: Die Kette der übergeordneten Nachrichten führt zur selben Nachricht zurück",
  "files.import.tree.missingActive":
    "nennt eine Nachricht, die nicht in dieser Unterhaltung ist",

  // The Markdown export: a document to read.
  "files.markdown.systemPrompt": "Systemprompt",
  "files.markdown.you": "Sie",
  "files.markdown.assistant": "Assistent",
  "files.markdown.roleWithNote": "{role} {note}",
  "files.markdown.stopped": "(gestoppt)",
  "files.markdown.failed": "(vor dem Abschluss fehlgeschlagen)",
  "files.markdown.interrupted": "(unterbrochen)",
};

export default catalog;
