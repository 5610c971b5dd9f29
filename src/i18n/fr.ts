import type { Catalog } from "./messages";

// French: formal "vous", as Chrome's and Firefox's French UI; « » quotes and
// no-break spaces before : ; ? ! (as French typography wants).
const catalog: Catalog = {
  // Units

  "unit.gigabytes": "{n} Go",
  "unit.megabytes": "{n} Mo",
  "unit.seconds": "{n} s",
  "unit.minutes": "{n} min",
  "unit.hoursMinutes": "{h} h {m} min",
  "unit.none": "–",

  // The shell: sidebar, top bar, notices, Device panel, prompts, install and update

  "shell.language": "Langue",

  "shell.app.allDataDeleted": "Toutes les données ont été supprimées.",

  "shell.sidebar.label": "Conversations",
  "shell.sidebar.newChat": "Nouvelle discussion",
  "shell.sidebar.newChatTip": "Nouvelle discussion (Ctrl+Shift+O)",
  "shell.sidebar.searchLabel": "Rechercher dans les discussions",
  "shell.sidebar.searchPlaceholder": "Rechercher dans tous les messages",
  "shell.sidebar.listLabel": "Liste des conversations",
  "shell.sidebar.matches": {
    zero: "Aucune discussion ne correspond.",
    one: "{count} discussion correspond.",
    many: "{count} de discussions correspondent.",
    other: "{count} discussions correspondent.",
  },
  "shell.sidebar.showMore": {
    one: "Afficher d’autres discussions ({count} plus ancienne)",
    many: "Afficher d’autres discussions ({count} de plus anciennes)",
    other: "Afficher d’autres discussions ({count} plus anciennes)",
  },
  "shell.sidebarToggle.label": "Conversations",

  "shell.theme.label": "Thème sombre",
  "shell.theme.toLight": "Passer au thème clair",
  "shell.theme.toDark": "Passer au thème sombre",
  "shell.install.label": "Installer l’application",
  "shell.install.tip": "Installer Hearth comme application",
  "shell.network.label": "Réseau",
  "shell.network.offline": "Hors ligne",
  "shell.network.offlineTip":
    "Pas de réseau. Les conversations et les modèles téléchargés fonctionnent toujours.",

  "shell.status.label": "État du modèle",
  "shell.status.idle": "Aucun modèle chargé",
  "shell.status.loading": "Chargement de {name}",
  "shell.status.percent": "{percent} %",
  "shell.status.ready": "Prêt",
  "shell.status.generating": "Rédaction…",
  "shell.status.failed": "Arrêté sur une erreur",
  "shell.status.rateTip": "Vitesse de génération de la dernière réponse",
  "shell.status.rate": "{rate} jetons/s",

  "shell.update.label": "Mise à jour",
  "shell.update.available": "Mise à jour disponible",
  "shell.update.availableWaiting":
    "Mise à jour disponible · Rechargez une fois la réponse terminée",
  "shell.update.reload": "Recharger",

  "shell.notices.linuxHelp":
    "Sous Linux, ouvrez {flags}, activez « Unsafe WebGPU Support » et « Vulkan », puis redémarrez le navigateur.",
  "shell.notices.noWebgpu.title":
    "Ce navigateur ne peut pas exécuter les modèles de Hearth",
  "shell.notices.noWebgpu.body":
    "Hearth exécute Llama sur votre propre GPU grâce à WebGPU, que ce navigateur ne propose pas. Utilisez Chrome ou Edge 113 ou version ultérieure sous Windows, macOS ou ChromeOS. {linuxHelp}",
  "shell.notices.noAdapter.title": "Aucun GPU compatible n’a été trouvé",
  "shell.notices.noAdapter.body":
    "Hearth exécute Llama sur votre propre GPU grâce à WebGPU, mais ce navigateur ne lui a proposé aucun GPU. Mettez à jour vos pilotes graphiques, vérifiez que l’accélération matérielle est activée dans les paramètres du navigateur, et utilisez Chrome ou Edge 113 ou version ultérieure sur un ordinateur de bureau. {linuxHelp}",
  "shell.notices.gpuBusy.title": "Un autre onglet Hearth utilise le GPU",
  "shell.notices.gpuBusy.body":
    "Une deuxième copie d’un modèle pourrait épuiser la mémoire du GPU : cet onglet n’en charge donc pas. Choisissez « Prendre la main » pour décharger le modèle dans l’autre onglet et le charger ici.",
  "shell.notices.gpuBusy.takeOver": "Prendre la main",
  "shell.notices.failure.details": "Détails",
  "shell.notices.failure.reload": "Recharger le modèle",
  "shell.notices.failure.smaller": "Utiliser un modèle plus petit",
  "shell.notices.failure.newChat": "Nouvelle discussion",

  "shell.device.title": "Appareil",
  "shell.device.checkingGpu": "Vérification du GPU…",
  "shell.device.noWebgpu": "WebGPU n’est pas disponible dans ce navigateur.",
  "shell.device.noAdapter": "Aucun adaptateur GPU compatible n’a été trouvé.",
  "shell.device.vendor": "Fabricant",
  "shell.device.architecture": "Architecture",
  "shell.device.description": "Description",
  "shell.device.shaderF16": "Shaders 16 bits",
  "shell.device.shaderF16Yes": "Pris en charge (shader-f16)",
  "shell.device.shaderF16No": "Non pris en charge",
  "shell.device.maxStorageBinding": "Plus grande liaison de stockage",
  "shell.device.maxBuffer": "Plus grand tampon",
  "shell.device.engineRunsOn": "Moteur exécuté sur",

  "shell.deploy.checking": "Vérification du déploiement…",
  "shell.deploy.label": "Déploiement",
  "shell.deploy.secure": "Contexte sécurisé",
  "shell.deploy.secureYes": "Oui",
  "shell.deploy.secureNo":
    "Non : servez Hearth en HTTPS, sinon WebGPU et l’usage hors ligne sont désactivés",
  "shell.deploy.offline": "Copie hors ligne",
  "shell.deploy.offlineReady": "Prête pour {scope}",
  "shell.deploy.offlinePending": "Pas encore installée",
  "shell.deploy.offlineUnsupported": "Non prise en charge ici",
  "shell.deploy.swCaching": "Cache du service worker",
  "shell.deploy.version": "Version",
  "shell.deploy.caching.notChecked": "Non vérifié (hors ligne)",
  "shell.deploy.caching.everyLoad": "Vérifié à chaque chargement ({value})",
  "shell.deploy.caching.noLifetime": "Aucune durée indiquée ({value})",
  "shell.deploy.caching.noHeader": "Aucun en-tête Cache-Control",
  "shell.deploy.caching.short": "Mis en cache {seconds} s ({value})",
  "shell.deploy.caching.long":
    "Mis en cache {seconds} s : les mises à jour peuvent arriver avec ce retard. Servez sw.js avec Cache-Control: no-cache",

  "shell.hosts.title": "Hôte des modèles",
  "shell.hosts.modelsFrom": "Modèles depuis : {host}",
  "shell.hosts.modelsFromOwn": "Modèles depuis : {host} (votre réglage)",
  "shell.hosts.modelsFromFile": "Modèles depuis : {host} ({file} de ce site)",
  "shell.hosts.librariesFrom": "Bibliothèques depuis : {host}",
  "shell.hosts.librariesFromOwn":
    "Bibliothèques depuis : {host} (votre réglage)",
  "shell.hosts.librariesFromFile":
    "Bibliothèques depuis : {host} ({file} de ce site)",
  "shell.hosts.weightsHost": "Hôte des poids des modèles",
  "shell.hosts.libraryHost": "Hôte des bibliothèques de modèles",
  "shell.hosts.hint":
    "Un miroir avec les mêmes chemins : il remplace {models} et {libraries} dans les adresses de chaque modèle intégré. Les champs vides utilisent la valeur par défaut.",
  "shell.hosts.saved":
    "Enregistré. Les modèles que vous téléchargerez désormais viendront de ces hôtes ; ceux déjà téléchargés gardent les leurs.",
  "shell.hosts.resetDone":
    "Réinitialisé : les modèles intégrés viennent de nouveau des hôtes de ce site.",
  "shell.hosts.save": "Enregistrer les hôtes",
  "shell.hosts.reset": "Réinitialiser les hôtes",

  "shell.prompts.builtIn.llama2Default.title": "Llama 2 par défaut",
  "shell.prompts.builtIn.concise.title": "Bref et direct",
  "shell.prompts.builtIn.summarize.title": "Résumer",
  "shell.prompts.builtIn.explainCode.title": "Expliquer du code",
  "shell.prompts.builtIn.proofread.title": "Relire et corriger",
  "shell.prompts.builtIn.translate.title": "Traduire en anglais",

  "shell.prompts.menu.label": "Invites enregistrées",
  "shell.prompts.systemKind": "(invite système)",
  "shell.prompts.menu.manage": "Gérer les invites enregistrées…",
  "shell.prompts.menu.noMatch":
    "Aucune invite enregistrée ne correspond à « /{query} ».",
  "shell.prompts.menu.hint":
    "↑↓ pour choisir, Entrée pour utiliser, Échap pour fermer",
  "shell.prompts.menu.systemSet":
    "Invite système de cette discussion : « {title} ».",

  "shell.prompts.manager.title": "Invites enregistrées",
  "shell.prompts.manager.close": "Fermer",
  "shell.prompts.manager.empty":
    "Vous n’avez pas encore créé d’invites. Celles de Hearth sont toujours disponibles dans le menu « / ».",
  "shell.prompts.manager.listLabel": "Vos invites",
  "shell.prompts.manager.editLabel": "Modifier l’invite {title}",
  "shell.prompts.manager.deleteLabel": "Supprimer l’invite {title}",
  "shell.prompts.manager.edit": "Modifier",
  "shell.prompts.manager.delete": "Supprimer",
  "shell.prompts.manager.editHeading": "Modifier l’invite",
  "shell.prompts.manager.newHeading": "Nouvelle invite",
  "shell.prompts.manager.titleField": "Titre",
  "shell.prompts.manager.textField": "Texte de l’invite",
  "shell.prompts.manager.systemField":
    "Utiliser comme invite système de la discussion (au lieu de remplir la zone de message)",
  "shell.prompts.manager.saveChanges": "Enregistrer les modifications",
  "shell.prompts.manager.add": "Ajouter l’invite",
  "shell.prompts.manager.cancelEdit": "Annuler la modification",
  "shell.prompts.manager.saved": "Invite « {title} » enregistrée.",
  "shell.prompts.manager.added": "Invite « {title} » ajoutée.",
  "shell.prompts.manager.deleted": "Invite « {title} » supprimée.",

  "shell.prompts.problem.noTitle": "Donnez un titre à l’invite.",
  "shell.prompts.problem.titleTooLong": "Le titre dépasse {max} caractères.",
  "shell.prompts.problem.noText": "Rédigez le texte de l’invite.",
  "shell.prompts.problem.textTooLong": "Le texte dépasse {max} caractères.",
  "shell.prompts.problem.readFailed": "Impossible de lire l’invite : {reason}.",
  "shell.prompts.problem.saveFailed":
    "Impossible d’enregistrer l’invite : {reason}.",
  "shell.prompts.problem.deleteFailed":
    "Impossible de supprimer l’invite : {reason}.",
  "shell.prompts.storage.quota":
    "l’espace de stockage de cet appareil est plein",
  "shell.prompts.storage.unavailable":
    "le stockage est désactivé dans cette fenêtre du navigateur",
  "shell.prompts.storage.unknown": "le navigateur a refusé de l’enregistrer",

  // The Language chooser and what the model is told

  "language.failed":
    "Impossible de charger {name} : vérifiez votre connexion, puis choisissez de nouveau cette langue.",
  "language.answerIn":
    "Demander au modèle de répondre dans la langue de l’interface ({name})",
  "language.answerInHint":
    "Pour les discussions sans invite système propre. Le modèle répond tout de même dans la langue de vos messages.",

  // Chats: composer, messages, versions, settings, replies

  "chat.untitled": "Nouvelle discussion",

  "chat.composer.label": "Message",
  "chat.composer.placeholderReady": "Écrire à Llama",
  "chat.composer.placeholderLoading":
    "Le modèle se charge ; vous pouvez commencer à écrire",
  "chat.composer.placeholderIdle":
    "Écrire à Llama (le modèle se charge d’abord)",
  "chat.composer.send": "Envoyer",
  "chat.composer.stop": "Arrêter",

  "chat.context.label": "Contexte utilisé",
  "chat.context.estimate": "Environ {used} jetons sur {window} (estimation)",
  "chat.context.estimateOmitted": {
    one: "Environ {used} jetons sur {window} (estimation) · le message le plus ancien n’est pas lu par le modèle, pour tenir dans sa fenêtre de contexte",
    many: "Environ {used} jetons sur {window} (estimation) · les {count} de messages les plus anciens ne sont pas lus par le modèle, pour tenir dans sa fenêtre de contexte",
    other:
      "Environ {used} jetons sur {window} (estimation) · les {count} messages les plus anciens ne sont pas lus par le modèle, pour tenir dans sa fenêtre de contexte",
  },

  "chat.header.label": "Cette discussion",
  "chat.header.titleInput": "Titre de la discussion",
  "chat.header.rename": "Renommer",
  "chat.header.renameTip": "Renommer cette discussion",
  "chat.header.settingsTip":
    "Invite système, température, top-p, longueur des réponses",
  "chat.header.exportTip": "Exporter cette discussion",
  "chat.header.export": "Exporter la discussion",
  "chat.header.exportJson": "Exporter la discussion en JSON",
  "chat.header.exportMarkdown": "Exporter la discussion en Markdown",
  "chat.header.delete": "Supprimer la discussion",
  "chat.header.deleteTip": "Supprimer cette discussion (vous pourrez annuler)",

  "chat.actions.userGroup": "Votre message : actions",
  "chat.actions.replyGroup": "Réponse : actions",
  "chat.actions.copy": "Copier",
  "chat.actions.copied": "Copié",
  "chat.actions.copiedStatus": "Copié dans le presse-papiers.",
  "chat.actions.edit": "Modifier",
  "chat.actions.editTip": "Modifier et renvoyer",
  "chat.actions.continue": "Continuer",
  "chat.actions.continueTip": "Poursuivre cette réponse",
  "chat.actions.regenerate": "Régénérer",
  "chat.actions.regenerateTip": "Réécrire cette réponse",
  "chat.actions.delete": "Supprimer",
  "chat.actions.deleteTip": "Supprimer ce message",

  "chat.badge.interrupted":
    "Réponse interrompue : la page a été fermée ou rechargée avant la fin. Le texte déjà écrit est conservé.",
  "chat.badge.elsewhere": "En cours de rédaction dans un autre onglet…",
  "chat.badge.omitted":
    "Non lu par le modèle : la discussion dépasse sa fenêtre de contexte.",

  "chat.editor.label": "Modifier le message",
  "chat.editor.later": {
    one: "L’envoi ajoute une nouvelle version ; celle-ci et le message qui la suit sont conservés.",
    many: "L’envoi ajoute une nouvelle version ; celle-ci et les {count} de messages qui la suivent sont conservés.",
    other:
      "L’envoi ajoute une nouvelle version ; celle-ci et les {count} messages qui la suivent sont conservés.",
  },
  "chat.editor.send": "Envoyer le message modifié",
  "chat.editor.cancel": "Annuler",

  "chat.log.label": "Conversation",
  "chat.welcome.intro":
    "Un chatbot privé. Llama tourne sur votre propre GPU, dans ce navigateur ; rien de ce que vous tapez ne quitte cet ordinateur.",
  "chat.welcome.ready": "Le modèle est prêt. Écrivez un message ci-dessous.",
  "chat.welcome.loading":
    "Le modèle se charge ; vous pouvez commencer à écrire.",
  "chat.welcome.idle":
    "Choisissez un modèle en haut et appuyez sur « Charger le modèle », ou envoyez simplement un message : le modèle choisi se charge d’abord.",

  "chat.message.you": "Vous",
  "chat.message.assistant": "Assistant",
  "chat.message.stopped": "Génération arrêtée",
  "chat.message.failed": "{title} {advice}",
  "chat.message.failedKept": "{title} La réponse déjà écrite est conservée.",
  "chat.message.usage": {
    one: "Préremplissage {prefill} jetons/s · décodage {decode} jetons/s · {tokens} jeton",
    many: "Préremplissage {prefill} jetons/s · décodage {decode} jetons/s · {tokens} de jetons",
    other:
      "Préremplissage {prefill} jetons/s · décodage {decode} jetons/s · {tokens} jetons",
  },

  "chat.announce.stopped": "Génération arrêtée. {text}",

  "chat.settings.label": "Paramètres de la discussion",
  "chat.settings.systemPrompt": "Invite système",
  "chat.settings.systemPromptPlaceholder":
    "Aucune : le comportement propre du modèle",
  "chat.settings.temperature": "Température",
  "chat.settings.topP": "Top-p",
  "chat.settings.maxTokens": "Longueur maximale des réponses (jetons)",
  "chat.settings.noLimit": "Sans limite",
  "chat.settings.modelDefault": "Valeur par défaut",
  "chat.settings.modelDefaultValue": "Valeur par défaut : {value}",
  "chat.settings.note":
    "Les champs vides reprennent les valeurs par défaut de {model}, tirées de sa propre configuration : sa température et son top-p, et des réponses qui peuvent continuer jusqu’à remplir sa fenêtre de contexte de {window} jetons.",
  "chat.settings.noteNoModel":
    "Les champs vides reprennent les valeurs par défaut du modèle, tirées de sa propre configuration : sa température et son top-p, et des réponses qui peuvent continuer jusqu’à remplir sa fenêtre de contexte de {window} jetons.",
  "chat.settings.reset": "Rétablir les valeurs du modèle",
  "chat.settings.close": "Fermer les paramètres",

  "chat.undo.deletedChat": "Discussion « {title} » supprimée.",
  "chat.undo.deletedMessages": {
    one: "Message supprimé.",
    many: "{count} de messages supprimés.",
    other: "{count} messages supprimés.",
  },
  "chat.undo.undo": "Annuler",
  "chat.undo.dismiss": "Fermer",

  "chat.version.group": "Version {index} sur {count}",
  "chat.version.previous": "Version précédente",
  "chat.version.next": "Version suivante",

  "chat.markdown.copyCode": "Copier le code",

  "chat.markdown.copy": "Copier",

  "chat.markdown.copied": "Copié",

  "chat.markdown.copyFailed": "Échec de la copie",

  "chat.markdown.image": "Image :",
  "chat.markdown.plainText": "texte",
  "chat.markdown.mathError": "Impossible de composer cette formule",

  // Models: picker, first step, Models dialog, folders

  "models.facts.sizeUnknown": "taille de téléchargement inconnue",
  "models.facts.size": "{size} à télécharger",
  "models.facts.sizeAbout": "environ {size} à télécharger",
  "models.facts.memory": "{size} de mémoire GPU",
  "models.facts.memoryUnknown": "mémoire GPU inconnue",

  "models.state.none": "Non téléchargé",
  "models.state.downloading": "Téléchargement {percent} %",
  "models.state.paused": "En pause à {percent} %",
  "models.state.ready": "Disponible hors ligne",
  "models.state.damaged": "Endommagé",
  "models.checks.sizesOnly":
    "Ses poids n’ont pas pu être vérifiés : ce modèle ne fournit aucune somme de contrôle (ancienne conversion) ; seules leurs tailles ont donc été contrôlées.",
  "models.checks.notYet":
    "Ses poids ont été enregistrés avant que Hearth ne vérifie les sommes de contrôle : appuyez sur « Vérifier » pour le faire.",

  "models.amount.of": "{done} sur {total}",
  "models.amount.perSecond": "{size}/s",
  "models.amount.left": "encore {duration}",
  "models.amount.percent": "{percent} %",

  "models.progress.label": "Chargement du modèle",
  "models.progress.line": "{phase} : {details}",
  "models.progress.starting": "Démarrage du moteur",
  "models.progress.fetching": "Téléchargement du modèle",
  "models.progress.loading": "Chargement dans le GPU",
  "models.progress.compiling": "Compilation des shaders",

  "models.picker.label": "Modèle",
  "models.picker.none": "Aucun modèle",
  "models.picker.load": "Charger le modèle",
  "models.picker.search": "Rechercher un modèle",
  "models.picker.showAll": "Afficher tous les modèles",
  "models.picker.list": "Modèles",
  "models.picker.noMatch": "Aucun modèle ne correspond à « {query} ».",
  "models.picker.customFamily": "Ajoutés par vous",

  "models.first.title": "Commencer avec {model}",
  "models.first.text":
    "Conseillé pour cet appareil. Il est téléchargé une seule fois, puis fonctionne hors ligne ; vous pouvez choisir un autre modèle en haut à tout moment.",
  "models.first.start": "Télécharger et démarrer",

  "models.fit.label": "Compatibilité avec l’appareil",
  "models.fit.noF16":
    "ce GPU ne prend pas en charge les shaders flottants 16 bits (shader-f16)",
  "models.fit.f16Only":
    "{model} n’existe pas en version sans shaders 16 bits : il ne se chargera donc pas ici. Choisissez un autre modèle.",
  "models.fit.f16Fallback":
    "Hearth a donc choisi la version {quantization} de {model}, qui se passe des shaders 16 bits mais demande plus de mémoire GPU ({memory}).",
  "models.fit.why": "Pourquoi ?",
  "models.fit.runsWell": "{model} · {fit} : {reason}.",
  "models.fit.risky":
    "{model} · {fit}. Vous pouvez tout de même le charger, mais {reason}.",
  "models.fit.noneFits":
    "Aucun modèle Llama ne devrait fonctionner sur cet appareil.",
  "models.fit.useSuggested": "Utiliser le modèle conseillé",
  "models.fit.dismiss": "Masquer",
  "models.fit.dismissTip": "Masquer cette note pour ce modèle",

  "models.dialog.open": "Gérer les modèles",
  "models.dialog.openTip": "Téléchargements, stockage et vos propres modèles",
  "models.dialog.title": "Modèles",
  "models.dialog.close": "Fermer",
  "models.dialog.list": "Modèles sur cet appareil",

  "models.storage.used": "Stockage utilisé",
  "models.storage.usage":
    "{used} utilisés sur les {quota} autorisés par ce navigateur ({free} libres).",
  "models.storage.usageWithModels":
    "{used} utilisés sur les {quota} autorisés par ce navigateur ({free} libres) ; les modèles occupent {models}.",
  "models.storage.persistent":
    "Le stockage est persistant : le navigateur ne l’effacera pas de lui-même.",
  "models.storage.notPersistent":
    "Le stockage n’est pas persistant : le navigateur peut effacer les modèles quand l’espace vient à manquer.",

  "models.row.onDisk": "{size} sur le disque",
  "models.row.verifying": "Vérification de {model}",
  "models.row.checking": "Vérification : {done} sur {total}",
  "models.row.verified": {
    one: "Vérifié : web-llm trouve ce modèle dans son cache, et son unique fichier est bien enregistré.",
    many: "Vérifié : web-llm trouve ce modèle dans son cache, et ses {count} de fichiers sont tous enregistrés.",
    other:
      "Vérifié : web-llm trouve ce modèle dans son cache, et ses {count} fichiers sont tous enregistrés.",
  },
  "models.row.verifiedMd5": {
    one: "Vérifié : web-llm trouve ce modèle dans son cache, et son unique fichier est bien enregistré. Chaque fragment correspond à sa somme de contrôle MD5.",
    many: "Vérifié : web-llm trouve ce modèle dans son cache, et ses {count} de fichiers sont tous enregistrés. Chaque fragment correspond à sa somme de contrôle MD5.",
    other:
      "Vérifié : web-llm trouve ce modèle dans son cache, et ses {count} fichiers sont tous enregistrés. Chaque fragment correspond à sa somme de contrôle MD5.",
  },
  "models.row.pause": "Suspendre",
  "models.row.cancel": "Annuler",
  "models.row.resume": "Reprendre",
  "models.row.download": "Télécharger",
  "models.row.repair": "Réparer",
  "models.row.verify": "Vérifier",
  "models.row.delete": "Supprimer",
  "models.row.remove": "Retirer",

  "models.save.button": "Enregistrer dans un dossier",
  "models.save.cancel": "Annuler l’enregistrement",
  "models.save.progressLabel": "Enregistrement de {model} dans un dossier",
  "models.save.progress": "Enregistrement : {done} sur {total}",
  "models.save.cannotOpen":
    "Impossible d’ouvrir le dossier en écriture. Choisissez un autre dossier.",
  "models.save.stopped": {
    one: "Enregistrement arrêté. {count} fichier ({size}) écrit dans « {folder} » ; le fichier en cours a été abandonné.",
    many: "Enregistrement arrêté. {count} de fichiers ({size}) écrits dans « {folder} » ; le fichier en cours a été abandonné.",
    other:
      "Enregistrement arrêté. {count} fichiers ({size}) écrits dans « {folder} » ; le fichier en cours a été abandonné.",
  },
  "models.save.saved": {
    one: "{count} fichier ({size}) enregistré dans « {folder} ».",
    many: "{count} de fichiers ({size}) enregistrés dans « {folder} ».",
    other: "{count} fichiers ({size}) enregistrés dans « {folder} ».",
  },
  "models.save.savedWithoutLibrary": {
    one: "{count} fichier ({size}) enregistré dans « {folder} ». La bibliothèque du modèle n’est pas stockée dans ce navigateur : elle n’a donc pas été incluse.",
    many: "{count} de fichiers ({size}) enregistrés dans « {folder} ». La bibliothèque du modèle n’est pas stockée dans ce navigateur : elle n’a donc pas été incluse.",
    other:
      "{count} fichiers ({size}) enregistrés dans « {folder} ». La bibliothèque du modèle n’est pas stockée dans ce navigateur : elle n’a donc pas été incluse.",
  },
  "models.save.failed": "Impossible d’enregistrer dans « {folder} ». {reason}",

  "models.folder.button": "Charger depuis un dossier",
  "models.folder.noModel":
    "Aucun modèle MLC n’a été trouvé dans ce dossier. Choisissez le dossier qui contient mlc-chat-config.json et tensor-cache.json (le dépôt Hugging Face d’un modèle, tel que git clone le crée).",
  "models.folder.checking": "Vérification de {model}…",
  "models.folder.copying": "Copie de {model} dans Hearth…",
  "models.folder.readyOwnLibrary":
    "{model} est disponible hors ligne, avec la bibliothèque de son dossier.",
  "models.folder.readyBuiltInLibrary":
    "{model} est disponible hors ligne : sa bibliothèque est celle de {name}.",
  "models.folder.found": "Modèles dans ce dossier",
  "models.folder.which": {
    one: "Ce dossier contient {count} modèle. Lequel voulez-vous ?",
    many: "Ce dossier contient {count} de modèles. Lequel voulez-vous ?",
    other: "Ce dossier contient {count} modèles. Lequel voulez-vous ?",
  },
  "models.folder.load": "Charger {model}",

  "models.library.url": "URL de la bibliothèque de {model}",
  "models.library.notWasm":
    "L’URL de la bibliothèque de {model} doit pointer vers le fichier .wasm du modèle.",
  "models.library.use": "Utiliser cette bibliothèque",
  "models.library.file": "Ou son fichier .wasm",

  "models.add.open": "Ajouter un modèle",
  "models.add.added":
    "{name} a été ajouté. Il est sélectionné dans la liste « Modèle ».",
  "models.add.title": "Ajouter un modèle",
  "models.add.hint":
    "Un modèle au format MLC hébergé n’importe où, par exemple sur un miroir d’entreprise. Hearth le vérifie avant de l’ajouter.",
  "models.add.modelUrl": "URL du modèle",
  "models.add.libraryUrl": "URL de la bibliothèque du modèle",
  "models.add.name": "Nom",
  "models.add.optional": "Facultatif",
  "models.add.checking": "Vérification…",
  "models.add.submit": "Ajouter le modèle",
  "models.add.cancel": "Annuler",
  "models.add.storageFull":
    "Impossible d’ajouter {name} : le stockage de cet appareil est plein. Libérez de l’espace disque ou supprimez un modèle dont vous n’avez plus besoin, puis réessayez.",
  "models.add.notSaved":
    "Impossible d’ajouter {name} : le navigateur n’a pas pu l’enregistrer (le stockage est peut-être désactivé dans cette fenêtre). Réessayez, ou utilisez une fenêtre de navigation normale.",

  "models.deleteAll.button": "Supprimer toutes les données",
  "models.deleteAll.title": "Supprimer toutes les données ?",
  "models.deleteAll.text":
    "Cette action supprime de ce navigateur tous les modèles téléchargés, toutes les conversations et tous les paramètres. Elle est irréversible.",
  "models.deleteAll.confirm": "Tout supprimer",
  "models.deleteAll.keep": "Garder mes données",
  "models.deleteAll.failed": "Tout n’a pas pu être supprimé. {reason}",

  // The engine: errors, fit, memory, storage, addresses, folders

  "engine.error.noWebgpu.title":
    "Ce navigateur ne peut pas exécuter de modèles sur le GPU.",
  "engine.error.noWebgpu.advice":
    "Utilisez Chrome ou Edge 113 ou version ultérieure sur un ordinateur de bureau.",
  "engine.error.noAdapter.title": "Aucun GPU compatible n’a été trouvé.",
  "engine.error.noAdapter.advice":
    "Mettez à jour vos pilotes graphiques ou essayez sur un autre ordinateur.",
  "engine.error.shaderF16.title":
    "Ce modèle a besoin de shaders flottants 16 bits, que votre GPU ne prend pas en charge.",
  "engine.error.shaderF16.advice":
    "Choisissez plutôt la version q4f32_1 du modèle.",
  "engine.error.download.title": "Impossible de télécharger le modèle.",
  "engine.error.download.advice":
    "Le téléchargement d’un fichier a échoué à plusieurs reprises (détails ci-dessous). Vérifiez votre connexion, puis réessayez ; ce qui est déjà téléchargé est conservé.",
  "engine.error.cancelled.title": "Le téléchargement a été annulé.",
  "engine.error.cancelled.advice":
    "Rien n’en a été conservé. Appuyez sur « Charger le modèle » pour recommencer.",
  "engine.error.network.title":
    "Impossible de télécharger le modèle : {host} est injoignable.",
  "engine.error.network.titleNoHost":
    "Impossible de télécharger le modèle : son hôte est injoignable.",
  "engine.error.network.advice":
    "Vérifiez votre connexion Internet, puis choisissez « Recharger le modèle ».",
  "engine.error.quota.title":
    "L’espace de stockage est insuffisant pour ce modèle.",
  "engine.error.quota.advice":
    "Libérez de l’espace disque ou choisissez un modèle plus petit, puis réessayez.",
  "engine.error.diskFull.title":
    "Le disque est plein : le téléchargement est suspendu.",
  "engine.error.diskFull.advice":
    "Tout ce qui a déjà été téléchargé est conservé. Libérez de l’espace sur cet appareil, ou supprimez un modèle devenu inutile dans « Gérer les modèles », puis reprenez.",
  "engine.error.folder.title":
    "Le modèle de ce dossier n’a pas pu être utilisé.",
  "engine.error.folder.advice":
    "Un fichier ne correspond pas à ce qu’indique le tensor-cache.json du modèle (détails ci-dessous). Rien n’en a été conservé. Copiez de nouveau le dossier, ou téléchargez le modèle.",
  "engine.error.storage.title":
    "Hearth n’a pas pu utiliser le stockage de ce navigateur.",
  "engine.error.storage.advice":
    "Vérifiez qu’il reste de l’espace sur le disque et que le navigateur autorise ce site à stocker des données, puis réessayez.",
  "engine.error.deviceLost.title":
    "Le GPU a manqué de mémoire ou a été réinitialisé.",
  "engine.error.deviceLost.advice":
    "Rechargez le modèle, ou utilisez-en un plus petit. Vos messages sont conservés.",
  "engine.error.notLoaded.title": "Le modèle n’est plus chargé.",
  "engine.error.notLoaded.advice":
    "Choisissez « Recharger le modèle » pour le charger de nouveau. Vos messages sont conservés.",
  "engine.error.contextWindow.title":
    "Cette conversation est plus longue que ce que le modèle peut lire d’un coup.",
  "engine.error.contextWindow.advice":
    "Commencez une nouvelle discussion, ou choisissez un modèle doté d’une fenêtre de contexte plus grande.",
  "engine.error.modelLibrary.title":
    "Le programme du modèle n’a pas pu démarrer dans ce navigateur.",
  "engine.error.modelLibrary.advice":
    "Les fichiers du modèle sont peut-être endommagés ou conçus pour une autre version de web-llm. Rechargez le modèle, ou choisissez-en un autre.",
  "engine.error.offline.title": "Indisponible hors ligne.",
  "engine.error.offline.advice":
    "Ce modèle n’est pas encore téléchargé. Connectez-vous à Internet pour le télécharger, ou choisissez dans « Gérer les modèles » un modèle marqué « Disponible hors ligne ».",
  "engine.error.workerCrashed.title":
    "Le moteur s’est arrêté de façon inattendue.",
  "engine.error.workerCrashed.advice":
    "Hearth le redémarre une fois de lui-même ; en cas d’échec, choisissez « Recharger le modèle ». Vos messages sont conservés.",
  "engine.error.unknown.title": "Un problème est survenu dans le moteur.",
  "engine.error.unknown.advice":
    "Choisissez « Recharger le modèle » pour réessayer. Vos messages sont conservés.",

  "engine.worker.restarted": "Le moteur a été redémarré.",
  "engine.worker.crashed": "Le processus du moteur a planté.",
  "engine.worker.unreadable": "Le moteur a envoyé un message illisible.",
  "engine.worker.stoppedResponding": "Le moteur ne répond plus.",

  "engine.load.offline": "Le navigateur n’indique aucune connexion réseau.",
  "engine.gpuLock.takenOver": "Un autre onglet a pris la main sur le GPU.",
  "engine.gpuLock.unloadedNotice":
    "Un autre onglet Hearth a pris la main sur le GPU : le modèle a donc été déchargé ici. Appuyez sur « Charger le modèle » pour le reprendre.",
  "engine.restart.loadingNotice":
    "Le moteur s’est arrêté de façon inattendue : Hearth en a démarré un nouveau et recharge le modèle. Vos messages sont conservés.",
  "engine.restart.doneNotice":
    "Le moteur s’est arrêté de façon inattendue et a été redémarré. Vos messages sont conservés.",

  "engine.gpu.unknownVendor": "fabricant inconnu",
  "engine.gpu.unknownArchitecture": "architecture inconnue",
  "engine.gpu.noF16Build":
    "Votre GPU ne prend pas en charge les shaders flottants 16 bits (shader-f16), et {name} n’existe pas en version qui s’en passe : il ne se chargera donc pas ici. Choisissez un autre modèle.",
  "engine.gpu.pickedF32":
    "Votre GPU ne prend pas en charge les shaders flottants 16 bits (shader-f16) : Hearth a donc choisi la version q4f32_1 de {name}, qui demande plus de mémoire GPU ({size}).",

  "engine.fit.runsWell": "fonctionne bien",
  "engine.fit.mayBeTight": "risque d’être juste",
  "engine.fit.wontRun": "ne fonctionnera pas",
  "engine.fit.device.software": "un moteur de rendu logiciel sur le CPU",
  "engine.fit.device.mobile": "un GPU de téléphone ou de tablette",
  "engine.fit.device.unified":
    "une puce Apple qui partage sa mémoire avec le système",
  "engine.fit.device.integrated":
    "un GPU intégré qui partage la mémoire du système",
  "engine.fit.device.discrete":
    "une carte graphique dotée de sa propre mémoire",
  "engine.fit.reason.noShaderF16":
    "il a besoin de shaders flottants 16 bits (shader-f16), que ce GPU ne prend pas en charge",
  "engine.fit.reason.missingFeatures":
    "il a besoin de fonctionnalités GPU absentes de ce navigateur ({features})",
  "engine.fit.reason.bindingTooSmall":
    "ce GPU n’autorise que des tampons de stockage de {size}, en dessous du minimum de 128 Mo requis par web-llm",
  "engine.fit.reason.bufferTooBig":
    "il lui faut des tampons GPU de {size}, plus que ce GPU n’autorise ({limit})",
  "engine.fit.reason.smallDevicesOnly":
    "il lui faut des tampons de stockage de 1 Go et ce GPU n’autorise que {size} ; seuls les modèles conçus pour les petits appareils fonctionnent ici",
  "engine.fit.have": "environ {size}",
  "engine.fit.reason.needUnknown":
    "Hearth ignore la quantité de mémoire GPU qu’il lui faut (ni sa fiche ni sa taille de téléchargement ne l’indiquent)",
  "engine.fit.needEstimated":
    "environ {size} (estimation d’après ses {weights} à télécharger)",
  "engine.fit.reason.overBudget":
    "il lui faut {need} de mémoire GPU, et cet appareil ({device}) peut lui en accorder {have}",
  "engine.fit.reason.overGuess":
    "il lui faut {need} de mémoire GPU, et Hearth estime que cet appareil ({device}) en a {have} ; la mémoire risque de manquer",
  "engine.fit.reason.software":
    "ce GPU est {device} : tous les modèles y tournent très lentement",
  "engine.fit.reason.close":
    "il lui faut {need} de mémoire GPU, soit presque ce que cet appareil ({device}) peut sans doute lui accorder ({have})",
  "engine.fit.reason.within":
    "il lui faut {need} de mémoire GPU, bien moins que ce dont cet appareil dispose sans doute ({have})",
  "engine.fit.reason.weightsOverBudget":
    "ses poids seuls font {weights}, et cet appareil ({device}) peut lui accorder {have}",
  "engine.fit.reason.estimateOverBudget":
    "Hearth estime qu’il lui faut {size} de mémoire GPU (d’après ses {weights} à télécharger), et cet appareil ({device}) en a {have} ; la mémoire risque de manquer",
  "engine.suggest.runsWell": "{name} devrait bien fonctionner ici : {reason}.",
  "engine.suggest.insteadRunsWell":
    "Conseillé pour cet appareil : {name} ({quantization}), car {first} fonctionne bien ici : {reason}.",
  "engine.suggest.insteadMayBeTight":
    "Conseillé pour cet appareil : {name} ({quantization}), car {first} risque d’être juste ici : {reason}.",
  "engine.suggest.insteadWontRun":
    "Conseillé pour cet appareil : {name} ({quantization}), car {first} ne fonctionnera pas ici : {reason}.",
  "engine.suggest.smallest":
    "Conseillé pour cet appareil : {name} ({quantization}), le plus petit Llama, car aucun modèle ne devrait bien fonctionner ici.",

  "engine.memory.stated": "{size} de VRAM",
  "engine.memory.estimated": "environ {size} de VRAM (estimation)",
  "engine.memory.unknown": "mémoire GPU inconnue",
  "engine.entryLabel.withQuantization": "{name} · {quantization} · {memory}",
  "engine.entryLabel.plain": "{name} · {memory}",

  "engine.space.refusal":
    "Ce modèle a besoin de {need}, mais seuls {free} sont libres. Libérez de l’espace ou choisissez un modèle plus petit.",
  "engine.diskFull.heldModel": "{name} ({size})",
  "engine.list.separator": ", ",
  "engine.list.and": "{items} et {last}",
  "engine.diskFull.adviceNoOther":
    "{stored} sur {total} sont stockés et conservés ; il manque encore {more} au modèle. Hearth ne contient aucun autre modèle : l’espace doit donc être libéré ailleurs sur cet appareil. Libérez au moins {more}, puis appuyez sur « Reprendre ».",
  "engine.diskFull.adviceOthers":
    "{stored} sur {total} sont stockés et conservés ; il manque encore {more} au modèle. Hearth contient aussi {models} : en supprimer un dans « Gérer les modèles » libère son espace. Libérez au moins {more}, puis appuyez sur « Reprendre ».",

  "engine.address.notAddress":
    "{label} n’est pas une adresse web. Elle doit commencer par https://",
  "engine.address.notHttp":
    "{label} doit commencer par https:// (ou http:// pour un serveur local).",
  "engine.address.notFolder":
    "{label} doit être l’adresse d’un dossier, sans ? ni #.",

  "engine.addModel.modelUrl": "URL du modèle",
  "engine.addModel.libraryUrl": "URL de la bibliothèque du modèle",
  "engine.addModel.notWasm":
    "L’URL de la bibliothèque du modèle doit pointer vers le fichier .wasm du modèle.",
  "engine.addModel.notFound":
    "Aucun modèle MLC n’a été trouvé à cette adresse : {detail}. L’URL du modèle doit être le dossier qui contient mlc-chat-config.json et tensor-cache.json (les fichiers sont lus depuis <URL>/resolve/main/).",

  "engine.folder.badConfig": "{file} dans {model} n’est pas un JSON valide.",
  "engine.folder.noShards":
    "{file} dans {model} ne contient aucune liste de fragments de poids.",
  "engine.folder.missing": {
    one: "Il manque un fichier à {model} : {files}. Copiez le dossier du modèle en entier et réessayez.",
    many: "Il manque {count} de fichiers à {model} : {files}. Copiez le dossier du modèle en entier et réessayez.",
    other:
      "Il manque {count} fichiers à {model} : {files}. Copiez le dossier du modèle en entier et réessayez.",
  },
  "engine.folder.moreFiles": "{files}, …",
  "engine.folder.noLibrary":
    "{model} n’a pas de bibliothèque de modèle (.wasm) dans son dossier, et Hearth n’a aucun modèle intégré de ce nom auquel l’emprunter. Indiquez sa bibliothèque ci-dessous : son adresse, ou son fichier .wasm.",
  "engine.folder.host": "un dossier sur cet appareil",
  "engine.folder.hostWithLibrary":
    "un dossier sur cet appareil, bibliothèque depuis {host}",
  "engine.stored.filesMissing": {
    one: "Il manque {count} fichier sur {total}. Supprimez le modèle et téléchargez-le de nouveau.",
    many: "Il manque {count} de fichiers sur {total}. Supprimez le modèle et téléchargez-le de nouveau.",
    other:
      "Il manque {count} fichiers sur {total}. Supprimez le modèle et téléchargez-le de nouveau.",
  },
  "engine.stored.damaged": "Des fichiers sont manquants ou incorrects.",

  // The engine worker: downloads, Verify, Save to folder, storage

  "worker.error.unknown": "Erreur inconnue",
  "worker.storageFailure.full":
    "Le navigateur n’a pas pu stocker davantage : le disque, ou l’espace que le navigateur accorde à ce site, est plein.",
  "worker.storageFailure.failed":
    "Le navigateur n’a pas pu lire ou écrire dans son stockage pour ce site.",
  "worker.download.diskFull":
    "Le disque s’est rempli pendant le téléchargement : {stored} octets sur {total} sont stockés et conservés.",
  "worker.download.fileProblem": "{file} : {reason}",
  "worker.download.busy": "le serveur est surchargé ({status})",
  "worker.download.linkExpired":
    "son lien de téléchargement a expiré ({status})",
  "worker.download.answered": "le serveur a répondu {status} {statusText}",
  "worker.download.answeredStatus": "le serveur a répondu {status}",
  "worker.download.damagedTwice":
    "il est arrivé endommagé à deux reprises (sa somme de contrôle MD5 ne correspond pas à tensor-cache.json). L’hôte sert peut-être une copie défectueuse : réessayez plus tard, ou utilisez un autre hôte pour ce modèle",
  "worker.download.connectionFailed": "la connexion a échoué ({reason})",
  "worker.download.failed": "il n’a pas pu être téléchargé",
  "worker.verify.webPage":
    "le serveur a envoyé une page web au lieu du fichier",
  "worker.verify.size": "{expected} octets attendus, {received} reçus",
  "worker.verify.json":
    "le serveur a envoyé du JSON au lieu des poids du modèle",
  "worker.verify.notWasm":
    "ce n’est pas une bibliothèque de modèle WebAssembly",
  "worker.verify.damaged":
    "il est arrivé endommagé (sa somme de contrôle MD5 ne correspond pas à tensor-cache.json)",
  "worker.verify.integrity":
    "son empreinte d’intégrité ne correspond pas à celle de la fiche du modèle",
  "worker.verify.invalidJson": "ce n’est pas un JSON valide",
  "worker.verify.notObject": "ce n’est pas un objet JSON",
  "worker.verify.noShards": "ne contient aucune liste de fragments de poids",
  "worker.rehash.damaged": {
    one: "{names} ne correspond pas à sa somme de contrôle MD5 : il est endommagé sur ce disque. « Réparer » le télécharge de nouveau.",
    many: "{names} ne correspondent pas à leur somme de contrôle MD5 : ils sont endommagés sur ce disque. « Réparer » les télécharge de nouveau.",
    other:
      "{names} ne correspondent pas à leur somme de contrôle MD5 : ils sont endommagés sur ce disque. « Réparer » les télécharge de nouveau.",
  },
  "worker.saveFolder.incomplete":
    "Ce modèle n’est pas entièrement téléchargé : il n’y a donc rien de complet à enregistrer. Téléchargez-le d’abord.",
  "worker.saveFolder.missing":
    "{name} est absent du stockage de ce navigateur. Vérifiez le modèle, ou téléchargez-le de nouveau.",
  "worker.saveFolder.notAllowed":
    "Hearth n’a pas été autorisé à écrire dans ce dossier. Choisissez-le de nouveau et autorisez Hearth à enregistrer les modifications.",
  "worker.saveFolder.diskFull":
    "Le disque du dossier est plein : {name} n’a pas pu être écrit. Libérez de l’espace, ou choisissez un dossier sur un autre disque.",
  "worker.saveFolder.readOnly":
    "{name} n’a pas pu être écrit : le dossier est peut-être en lecture seule, ou le fichier est ouvert dans un autre programme.",
  "worker.saveFolder.unreadable":
    "{name} n’a pas pu être copié : le dossier a été déplacé ou supprimé, ou la copie stockée dans ce navigateur n’est plus lisible (vérifiez le modèle).",
  "worker.saveFolder.failed": "{name} n’a pas pu être écrit dans ce dossier.",
  "worker.storage.quota":
    "Vos derniers messages n’ont pas pu être enregistrés : l’espace de stockage de cet appareil est plein. Libérez de l’espace disque ou supprimez d’anciennes discussions. D’ici là, gardez cet onglet ouvert pour ne rien perdre.",
  "worker.storage.unavailable":
    "Impossible d’enregistrer les discussions dans cette fenêtre du navigateur (le stockage est désactivé ou indisponible, comme dans certaines fenêtres de navigation privée). Gardez cet onglet ouvert, ou exportez votre discussion, pour ne rien perdre.",
  "worker.storage.unknown":
    "Vos derniers messages n’ont pas pu être enregistrés : le navigateur n’a pas pu les écrire sur le disque (il est peut-être plein). Hearth continue d’essayer ; d’ici là, gardez cet onglet ouvert pour ne rien perdre.",
  "worker.storage.deleteBlocked":
    "Un autre onglet Hearth utilise encore les données stockées. Fermez vos autres onglets Hearth et réessayez.",

  // Attachments, import and export

  "files.attach.button": "Joindre des fichiers",
  "files.attach.buttonTitle":
    "Joindre des fichiers (texte, Markdown, CSV, JSON, HTML, code, PDF)",
  "files.attach.tooLarge":
    "{name} fait {size} ; Hearth lit les fichiers jusqu’à {max}.",
  "files.attach.unsupported":
    "{name} n’est pas un type de fichier que Hearth sait lire. Hearth lit le texte, le Markdown, le CSV, le JSON, le HTML, le code source et le PDF.",
  "files.attach.binary":
    "{name} semble être un fichier binaire, pas du texte. Hearth lit le texte, le Markdown, le CSV, le JSON, le HTML, le code source et le PDF.",
  "files.attach.empty": "{name} ne contient aucun texte à lire.",
  "files.attach.scannedPdf":
    "{name} : ce PDF est composé d’images numérisées ; Hearth ne sait lire que du texte.",
  "files.attach.passwordPdf":
    "{name} est protégé par un mot de passe. Retirez le mot de passe (imprimez-le dans un nouveau PDF), puis joignez-le de nouveau.",
  "files.attach.corruptPdf":
    "{name} n’a pas pu être lu comme PDF : le fichier est endommagé ou n’est pas vraiment un PDF.",
  "files.attach.failed": "Hearth n’a pas pu lire le fichier : {detail}",
  "files.attach.readerStopped":
    "Le lecteur de fichiers de Hearth s’est arrêté de façon inattendue.",
  "files.attach.couldNotRead": "Hearth n’a pas pu lire {name}.",
  "files.attach.notSaved":
    "Les pièces jointes n’ont pas pu être enregistrées : elles sont utilisées maintenant, mais auront disparu après un rechargement.",

  "files.chip.pages": {
    one: "{n} page",
    many: "{n} de pages",
    other: "{n} pages",
  },
  "files.chip.lines": {
    one: "{n} ligne",
    many: "{n} de lignes",
    other: "{n} lignes",
  },
  "files.chip.kilobytes": "{n} Ko",
  "files.chip.meta": "{extent}, {size}",
  "files.chip.open": "Lire le texte extrait par Hearth",
  "files.chip.remove": "Retirer {name}",
  "files.text.label": "Texte de {name}",
  "files.text.close": "Fermer",
  "files.composer.attached": "Fichiers joints",
  "files.composer.reading": "Lecture de {names}…",
  "files.composer.dismiss": "Fermer",
  "files.message.attachments": "Fichiers envoyés avec ce message",

  "files.sources.whole": "{name} lu en entier",
  "files.sources.passages": {
    one: "{count} passage de {name} utilisé ({places})",
    many: "{count} de passages de {name} utilisés ({places})",
    other: "{count} passages de {name} utilisés ({places})",
  },
  "files.sources.pages": {
    one: "page {pages}",
    many: "pages {pages}",
    other: "pages {pages}",
  },
  "files.sources.page": "page {n}",
  "files.sources.line": "ligne {n}",
  "files.sources.lines": "lignes {start} à {end}",
  "files.sources.passage": "{name}, {place}",
  "files.search.snippet": "{name} : {snippet}",

  "files.transfer.menu": "Exporter et importer",
  "files.transfer.exportJson": "Exporter toutes les discussions en JSON",
  "files.transfer.exportMarkdown":
    "Exporter toutes les discussions en Markdown",
  "files.transfer.import": "Importer des discussions",
  "files.transfer.importFile": "Fichier de discussions à importer",
  "files.count.chats": {
    one: "{n} discussion",
    many: "{n} de discussions",
    other: "{n} discussions",
  },
  "files.count.savedPrompts": {
    one: "{n} invite enregistrée",
    many: "{n} d’invites enregistrées",
    other: "{n} invites enregistrées",
  },
  "files.export.done": "Export terminé : {chats}.",
  "files.export.doneWithPrompts": "Export terminé : {chats} et {prompts}.",
  "files.import.done": "Import terminé : {chats}.",
  "files.import.doneWithPrompts": "Import terminé : {chats} et {prompts}.",
  "files.import.alreadyHere": {
    one: "{n} était déjà présente.",
    many: "{n} étaient déjà présentes.",
    other: "{n} étaient déjà présentes.",
  },
  "files.import.doneAndSkipped": "{imported} {skipped}",
  "files.import.notSaved": "Les discussions n’ont pas été importées. {reason}",
  "files.import.refused":
    "Le fichier n’a pas été importé : {reason}. Rien n’a été modifié.",
  "files.import.problemAt": "{place} : {problem}",

  "files.import.place.within": "{place}, {part}",
  "files.import.place.file": "Le fichier",
  "files.import.place.exportDate": "La date d’export du fichier",
  "files.import.place.conversations": "Les conversations du fichier",
  "files.import.place.conversation": "Conversation {n}",
  "files.import.place.message": "message {n}",
  "files.import.place.errorField": "{field} de l’erreur",
  "files.import.place.attachment": "pièces jointes, pièce jointe {n}",
  "files.import.place.attachmentId": "pièce jointe {n}",
  "files.import.place.passage": "passage {n}",
  "files.import.place.source": "source {n}",
  "files.import.place.savedPrompts": "Les invites enregistrées du fichier",
  "files.import.place.savedPrompt": "Invite enregistrée {n}",
  "files.import.field.id": "identifiant",
  "files.import.field.title": "titre",
  "files.import.field.messages": "messages",
  "files.import.field.settings": "paramètres",
  "files.import.field.createdAt": "date de création",
  "files.import.field.updatedAt": "date de dernière activité",
  "files.import.field.promptUpdatedAt": "date de dernière modification",
  "files.import.field.systemPrompt": "invite système",
  "files.import.field.temperature": "température",
  "files.import.field.topP": "top-p",
  "files.import.field.maxTokens": "longueur maximale des réponses",
  "files.import.field.role": "rôle",
  "files.import.field.content": "contenu",
  "files.import.field.status": "état",
  "files.import.field.usage": "utilisation",
  "files.import.field.promptTokens": "jetons d’entrée",
  "files.import.field.completionTokens": "jetons de réponse",
  "files.import.field.prefillTokensPerSecond": "prefillTokensPerSecond",
  "files.import.field.decodeTokensPerSecond": "decodeTokensPerSecond",
  "files.import.field.timeToFirstTokenSeconds": "timeToFirstTokenSeconds",
  "files.import.field.modelId": "modèle",
  "files.import.field.error": "erreur",
  "files.import.field.code": "code",
  "files.import.field.detail": "détail",
  "files.import.field.parentId": "parent",
  "files.import.field.activeId": "message actif",
  "files.import.field.attachments": "pièces jointes",
  "files.import.field.attachmentIds": "pièces jointes",
  "files.import.field.attachmentId": "pièce jointe",
  "files.import.field.name": "nom",
  "files.import.field.kind": "type",
  "files.import.field.mime": "type MIME",
  "files.import.field.size": "taille",
  "files.import.field.sha256": "empreinte",
  "files.import.field.pages": "pages",
  "files.import.field.lines": "lignes",
  "files.import.field.text": "texte",
  "files.import.field.passages": "passages",
  "files.import.field.page": "page",
  "files.import.field.lineStart": "première ligne",
  "files.import.field.lineEnd": "dernière ligne",
  "files.import.field.whole": "en entier",
  "files.import.field.sources": "sources",
  "files.import.field.addedAt": "date d’ajout",

  "files.import.kind.null": "vide (null)",
  "files.import.kind.list": "une liste",
  "files.import.kind.object": "un objet",
  "files.import.kind.text": "du texte",
  "files.import.kind.number": "un nombre",
  "files.import.kind.boolean": "un booléen (true ou false)",
  "files.import.mustBeObjectIs": "doit être un objet, mais c’est {kind}",
  "files.import.mustBeTextIs": "doit être du texte, mais c’est {kind}",
  "files.import.mustBeNumberIs": "doit être un nombre, mais c’est {kind}",
  "files.import.mustBeListIs": "doit être une liste, mais c’est {kind}",
  "files.import.mustBeObject": "doit être un objet",
  "files.import.mustBeText": "doit être du texte",
  "files.import.mustBeList": "doit être une liste",
  "files.import.forbiddenKey": "contient la clé interdite « {key} »",
  "files.import.unknownField": "contient un champ inconnu « {field} »",
  "files.import.missingField": "n’a pas le champ « {field} »",
  "files.import.tooLong": "dépasse {max} caractères",
  "files.import.empty": "est vide",
  "files.import.notText":
    "contient des caractères qui ne sont pas du texte (caractères de contrôle ou Unicode invalide)",
  "files.import.idChars":
    "ne peut contenir que des lettres, des chiffres, « - » et « _ »",
  "files.import.promptId":
    "ne peut contenir que des lettres, des chiffres, « - » et « _ » (de 1 à 128 caractères)",
  "files.import.between": "doit être compris entre {min} et {max}",
  "files.import.wholeNumber": "doit être un nombre entier",
  "files.import.count": "doit être un nombre entier, 0 ou plus",
  "files.import.time": "doit être une date (un nombre entier à partir de 0)",
  "files.import.trueOrFalse": "doit valoir true ou false",
  "files.import.oneOf": "doit valoir l’une de ces valeurs : {options}",
  "files.import.tooManyEntries": "contient plus de {max} entrées",
  "files.import.tooManyItems": "contient plus de {max} éléments",
  "files.import.duplicateConversations":
    "deux conversations ont le même identifiant",
  "files.import.duplicateMessages": "deux messages ont le même identifiant",
  "files.import.duplicateAttachments":
    "deux pièces jointes ont le même identifiant",
  "files.import.duplicatePrompts": "deux invites ont le même identifiant",
  "files.import.notHearth":
    "n’est pas un export de Hearth (son « format » n’est pas « {format} »)",
  "files.import.version":
    "est en version {found}, alors que ce Hearth lit la version {version}",
  "files.import.tooLarge": "le fichier dépasse {size}",
  "files.import.notJson": "le fichier n’est pas un JSON valide ({detail})",
  "files.import.tooManyMessages":
    "le fichier contient plus de {max} messages au total",
  "files.import.tree.mixed":
    "certains messages indiquent un parent et d’autres non",
  "files.import.tree.missingParent":
    "désigne un message (« {id} ») absent de cette conversation",
  "files.import.tree.noRoot":
    "n’ont pas de premier message : chaque message indique un parent, ils forment donc une boucle",
  "files.import.tree.twoRoots":
    "ont deux racines : des premiers messages de rôles différents, qui ne peuvent pas être des versions d’un même message",
  "files.import.tree.loop":
    "forme une boucle : en remontant les parents, on revient au même message",
  "files.import.tree.missingActive":
    "désigne un message absent de cette conversation",

  "files.markdown.systemPrompt": "Invite système",
  "files.markdown.you": "Vous",
  "files.markdown.assistant": "Assistant",
  "files.markdown.roleWithNote": "{role} {note}",
  "files.markdown.stopped": "(arrêté)",
  "files.markdown.failed": "(échec avant la fin)",
  "files.markdown.interrupted": "(interrompu)",
};

export default catalog;
