import type { Catalog } from "./messages";

// Spanish: informal "tú", as Google's Spanish UI; Spain's terms (añadir, equipo), participles over tenses where possible.
const catalog: Catalog = {
  // Units
  "unit.gigabytes": "{n} GB",
  "unit.megabytes": "{n} MB",
  "unit.seconds": "{n} s",
  "unit.minutes": "{n} min",
  "unit.hoursMinutes": "{h} h {m} min",
  "unit.none": "–",

  // The shell: sidebar, top bar, notices, Device panel, prompts, install and update

  "shell.language": "Idioma",

  "shell.app.allDataDeleted": "Se han eliminado todos los datos.",

  "shell.sidebar.label": "Conversaciones",
  "shell.sidebar.newChat": "Nuevo chat",
  "shell.sidebar.newChatTip": "Nuevo chat (Ctrl+Shift+O)",
  "shell.sidebar.searchLabel": "Buscar chats",
  "shell.sidebar.searchPlaceholder": "Buscar en todos los mensajes",
  "shell.sidebar.listLabel": "Lista de conversaciones",
  "shell.sidebar.matches": {
    zero: "Ningún chat coincide.",
    one: "{count} chat coincide.",
    many: "{count} chats coinciden.",
    other: "{count} chats coinciden.",
  },
  "shell.sidebar.showMore": {
    one: "Mostrar más chats ({count} anterior)",
    many: "Mostrar más chats ({count} anteriores)",
    other: "Mostrar más chats ({count} anteriores)",
  },
  "shell.sidebarToggle.label": "Conversaciones",

  "shell.theme.label": "Tema oscuro",
  "shell.theme.toLight": "Cambiar al tema claro",
  "shell.theme.toDark": "Cambiar al tema oscuro",
  "shell.install.label": "Instalar aplicación",
  "shell.install.tip": "Instalar Hearth como aplicación",
  "shell.network.label": "Red",
  "shell.network.offline": "Sin conexión",
  "shell.network.offlineTip":
    "No hay red. Las conversaciones y los modelos descargados siguen funcionando.",

  "shell.status.label": "Estado del modelo",
  "shell.status.idle": "Ningún modelo cargado",
  "shell.status.loading": "Cargando {name}",
  "shell.status.percent": "{percent} %",
  "shell.status.ready": "Listo",
  "shell.status.generating": "Escribiendo…",
  "shell.status.failed": "Detenido por un error",
  "shell.status.rateTip": "Velocidad de decodificación de la última respuesta",
  "shell.status.rate": "{rate} tok/s",

  "shell.update.label": "Actualización",
  "shell.update.available": "Actualización disponible",
  "shell.update.availableWaiting":
    "Actualización disponible · Recarga cuando termine la respuesta",
  "shell.update.reload": "Recargar",

  "shell.notices.linuxHelp":
    "En Linux, abre {flags}, activa «Unsafe WebGPU Support» y «Vulkan», y reinicia el navegador.",
  "shell.notices.noWebgpu.title":
    "Este navegador no puede ejecutar los modelos de Hearth",
  "shell.notices.noWebgpu.body":
    "Hearth ejecuta Llama en tu propia GPU mediante WebGPU, y este navegador no lo ofrece. Usa Chrome o Edge 113 o posterior en Windows, macOS o ChromeOS. {linuxHelp}",
  "shell.notices.noAdapter.title": "No se ha encontrado ninguna GPU compatible",
  "shell.notices.noAdapter.body":
    "Hearth ejecuta Llama en tu propia GPU mediante WebGPU, y este navegador no le ha ofrecido ninguna GPU. Actualiza los controladores gráficos, comprueba que la aceleración por hardware esté activada en la configuración del navegador y usa Chrome o Edge 113 o posterior en un equipo de escritorio. {linuxHelp}",
  "shell.notices.gpuBusy.title": "Otra pestaña de Hearth está usando la GPU",
  "shell.notices.gpuBusy.body":
    "Una segunda copia de un modelo podría dejar la GPU sin memoria, así que esta pestaña no carga ninguno. Pulsa Usar aquí para liberar el modelo en la otra pestaña y cargarlo en esta.",
  "shell.notices.gpuBusy.takeOver": "Usar aquí",
  "shell.notices.failure.details": "Detalles",
  "shell.notices.failure.reload": "Recargar modelo",
  "shell.notices.failure.smaller": "Usar un modelo más pequeño",
  "shell.notices.failure.newChat": "Nuevo chat",

  "shell.device.title": "Dispositivo",
  "shell.device.checkingGpu": "Comprobando la GPU…",
  "shell.device.noWebgpu": "WebGPU no está disponible en este navegador.",
  "shell.device.noAdapter":
    "No se ha encontrado ningún adaptador de GPU compatible.",
  "shell.device.vendor": "Fabricante",
  "shell.device.architecture": "Arquitectura",
  "shell.device.description": "Descripción",
  "shell.device.shaderF16": "Shaders de 16 bits",
  "shell.device.shaderF16Yes": "Compatibles (shader-f16)",
  "shell.device.shaderF16No": "No compatibles",
  "shell.device.maxStorageBinding": "Enlace de almacenamiento máximo",
  "shell.device.maxBuffer": "Búfer máximo",
  "shell.device.engineRunsOn": "El motor se ejecuta en",

  "shell.deploy.checking": "Comprobando el despliegue…",
  "shell.deploy.label": "Despliegue",
  "shell.deploy.secure": "Contexto seguro",
  "shell.deploy.secureYes": "Sí",
  "shell.deploy.secureNo":
    "No: sirve Hearth por HTTPS; si no, WebGPU y el uso sin conexión quedan desactivados",
  "shell.deploy.offline": "Copia sin conexión",
  "shell.deploy.offlineReady": "Lista para {scope}",
  "shell.deploy.offlinePending": "Aún no instalada",
  "shell.deploy.offlineUnsupported": "No compatible aquí",
  "shell.deploy.swCaching": "Caché del service worker",
  "shell.deploy.version": "Versión",
  "shell.deploy.caching.notChecked": "Sin comprobar (sin conexión)",
  "shell.deploy.caching.everyLoad": "Se comprueba en cada carga ({value})",
  "shell.deploy.caching.noLifetime": "Sin duración indicada ({value})",
  "shell.deploy.caching.noHeader": "Sin cabecera Cache-Control",
  "shell.deploy.caching.short": "En caché {seconds} s ({value})",
  "shell.deploy.caching.long":
    "En caché {seconds} s: las actualizaciones pueden tardar eso en llegar. Sirve sw.js con Cache-Control: no-cache",

  "shell.hosts.title": "Servidor de modelos",
  "shell.hosts.modelsFrom": "Modelos desde: {host}",
  "shell.hosts.modelsFromOwn": "Modelos desde: {host} (tu ajuste)",
  "shell.hosts.modelsFromFile": "Modelos desde: {host} ({file} de este sitio)",
  "shell.hosts.librariesFrom": "Bibliotecas desde: {host}",
  "shell.hosts.librariesFromOwn": "Bibliotecas desde: {host} (tu ajuste)",
  "shell.hosts.librariesFromFile":
    "Bibliotecas desde: {host} ({file} de este sitio)",
  "shell.hosts.weightsHost": "Servidor de pesos de modelos",
  "shell.hosts.libraryHost": "Servidor de bibliotecas de modelos",
  "shell.hosts.hint":
    "Una réplica con las mismas rutas: sustituye {models} y {libraries} en las direcciones de todos los modelos integrados. Los campos vacíos usan el valor predeterminado.",
  "shell.hosts.saved":
    "Guardado. Los modelos que descargues a partir de ahora vendrán de estos servidores; los ya descargados conservan los suyos.",
  "shell.hosts.resetDone":
    "Restablecido: los modelos integrados vuelven a venir de los servidores de este sitio.",
  "shell.hosts.save": "Guardar servidores",
  "shell.hosts.reset": "Restablecer servidores",

  "shell.prompts.builtIn.llama2Default.title": "Llama 2 predeterminado",
  "shell.prompts.builtIn.concise.title": "Breve y directo",
  "shell.prompts.builtIn.summarize.title": "Resumir",
  "shell.prompts.builtIn.explainCode.title": "Explicar código",
  "shell.prompts.builtIn.proofread.title": "Corregir texto",
  "shell.prompts.builtIn.translate.title": "Traducir al inglés",

  "shell.prompts.menu.label": "Instrucciones guardadas",
  "shell.prompts.systemKind": "(instrucción del sistema)",
  "shell.prompts.menu.manage": "Gestionar instrucciones guardadas…",
  "shell.prompts.menu.noMatch":
    "Ninguna instrucción guardada coincide con «/{query}».",
  "shell.prompts.menu.hint": "↑↓ para elegir, Enter para usar, Esc para cerrar",
  "shell.prompts.menu.systemSet":
    "Instrucción del sistema de este chat: «{title}».",

  "shell.prompts.manager.title": "Instrucciones guardadas",
  "shell.prompts.manager.close": "Cerrar",
  "shell.prompts.manager.empty":
    "Aún no tienes instrucciones propias. Las integradas de Hearth están siempre en el menú «/».",
  "shell.prompts.manager.listLabel": "Tus instrucciones",
  "shell.prompts.manager.editLabel": "Editar la instrucción {title}",
  "shell.prompts.manager.deleteLabel": "Eliminar la instrucción {title}",
  "shell.prompts.manager.edit": "Editar",
  "shell.prompts.manager.delete": "Eliminar",
  "shell.prompts.manager.editHeading": "Editar instrucción",
  "shell.prompts.manager.newHeading": "Nueva instrucción",
  "shell.prompts.manager.titleField": "Título",
  "shell.prompts.manager.textField": "Texto de la instrucción",
  "shell.prompts.manager.systemField":
    "Usar como instrucción del sistema del chat (en lugar de rellenar el cuadro de mensaje)",
  "shell.prompts.manager.saveChanges": "Guardar cambios",
  "shell.prompts.manager.add": "Añadir instrucción",
  "shell.prompts.manager.cancelEdit": "Cancelar edición",
  "shell.prompts.manager.saved": "Instrucción «{title}» guardada.",
  "shell.prompts.manager.added": "Instrucción «{title}» añadida.",
  "shell.prompts.manager.deleted": "Instrucción «{title}» eliminada.",

  "shell.prompts.problem.noTitle": "Ponle un título a la instrucción.",
  "shell.prompts.problem.titleTooLong":
    "El título tiene más de {max} caracteres.",
  "shell.prompts.problem.noText": "Escribe el texto de la instrucción.",
  "shell.prompts.problem.textTooLong":
    "El texto tiene más de {max} caracteres.",
  "shell.prompts.problem.readFailed":
    "No se ha podido leer la instrucción: {reason}.",
  "shell.prompts.problem.saveFailed":
    "No se ha podido guardar la instrucción: {reason}.",
  "shell.prompts.problem.deleteFailed":
    "No se ha podido eliminar la instrucción: {reason}.",
  "shell.prompts.storage.quota":
    "el almacenamiento de este dispositivo está lleno",
  "shell.prompts.storage.unavailable":
    "el almacenamiento está desactivado en esta ventana del navegador",
  "shell.prompts.storage.unknown": "el navegador se ha negado a guardarla",

  // The Language chooser and what the model is told

  "language.failed":
    "No se ha podido cargar {name}: comprueba tu conexión y vuelve a elegirlo.",
  "language.answerIn": "Pedir al modelo que responda en {name}",
  "language.answerInHint":
    "Para los chats sin instrucción del sistema propia. Aun así, el modelo responde en el idioma en el que escribas.",

  // Chats: composer, messages, versions, settings, replies

  "chat.untitled": "Nuevo chat",

  "chat.composer.label": "Mensaje",
  "chat.composer.placeholderReady": "Escribe a Llama",
  "chat.composer.placeholderLoading":
    "El modelo se está cargando; puedes empezar a escribir",
  "chat.composer.placeholderIdle":
    "Escribe a Llama (primero se carga el modelo)",
  "chat.composer.send": "Enviar",
  "chat.composer.stop": "Detener",

  "chat.context.label": "Contexto usado",
  "chat.context.estimate": "Unos {used} de {window} tokens (estimación)",
  "chat.context.estimateOmitted": {
    one: "Unos {used} de {window} tokens (estimación) · el mensaje más antiguo queda fuera de lo que lee el modelo, para caber en su ventana de contexto",
    many: "Unos {used} de {window} tokens (estimación) · los {count} mensajes más antiguos quedan fuera de lo que lee el modelo, para caber en su ventana de contexto",
    other:
      "Unos {used} de {window} tokens (estimación) · los {count} mensajes más antiguos quedan fuera de lo que lee el modelo, para caber en su ventana de contexto",
  },

  "chat.header.label": "Este chat",
  "chat.header.titleInput": "Título del chat",
  "chat.header.rename": "Cambiar nombre",
  "chat.header.renameTip": "Cambiar el nombre de este chat",
  "chat.header.settingsTip":
    "Instrucción del sistema, temperatura, top-p, longitud de respuesta",
  "chat.header.exportTip": "Exportar este chat",
  "chat.header.export": "Exportar chat",
  "chat.header.exportJson": "Exportar chat como JSON",
  "chat.header.exportMarkdown": "Exportar chat como Markdown",
  "chat.header.delete": "Eliminar chat",
  "chat.header.deleteTip": "Eliminar este chat (se puede deshacer)",

  "chat.actions.userGroup": "Tu mensaje: acciones",
  "chat.actions.replyGroup": "Respuesta: acciones",
  "chat.actions.copy": "Copiar",
  "chat.actions.copied": "Copiado",
  "chat.actions.copiedStatus": "Copiado en el portapapeles.",
  "chat.actions.edit": "Editar",
  "chat.actions.editTip": "Editar y volver a enviar",
  "chat.actions.continue": "Continuar",
  "chat.actions.continueTip": "Continuar esta respuesta",
  "chat.actions.regenerate": "Regenerar",
  "chat.actions.regenerateTip": "Volver a escribir esta respuesta",
  "chat.actions.delete": "Eliminar",
  "chat.actions.deleteTip": "Eliminar este mensaje",

  "chat.badge.interrupted":
    "Interrumpida: la página se cerró o se recargó antes de que terminara esta respuesta. Se conserva lo que ya estaba escrito.",
  "chat.badge.elsewhere": "Escribiéndose en otra pestaña…",
  "chat.badge.omitted":
    "Fuera de lo que lee el modelo: el chat es más largo que su ventana de contexto.",

  "chat.editor.label": "Editar mensaje",
  "chat.editor.later": {
    one: "Al enviar se añade una versión nueva; se conservan esta y el mensaje que la sigue.",
    many: "Al enviar se añade una versión nueva; se conservan esta y los {count} mensajes que la siguen.",
    other:
      "Al enviar se añade una versión nueva; se conservan esta y los {count} mensajes que la siguen.",
  },
  "chat.editor.send": "Enviar mensaje editado",
  "chat.editor.cancel": "Cancelar",

  "chat.log.label": "Conversación",
  "chat.welcome.intro":
    "Un chatbot privado. Llama se ejecuta en tu propia GPU, dentro de este navegador; nada de lo que escribes sale de este equipo.",
  "chat.welcome.ready": "El modelo está listo. Escribe un mensaje abajo.",
  "chat.welcome.loading":
    "El modelo se está cargando; puedes empezar a escribir.",
  "chat.welcome.idle":
    "Elige un modelo arriba y pulsa Cargar modelo, o envía un mensaje sin más: primero se cargará el modelo elegido.",

  "chat.message.you": "Tú",
  "chat.message.assistant": "Asistente",
  "chat.message.stopped": "Detenida",
  "chat.message.failed": "{title} {advice}",
  "chat.message.failedKept":
    "{title} Se conserva la respuesta hasta este punto.",
  "chat.message.usage": {
    one: "Prellenado {prefill} tok/s · decodificación {decode} tok/s · {tokens} token",
    many: "Prellenado {prefill} tok/s · decodificación {decode} tok/s · {tokens} tokens",
    other:
      "Prellenado {prefill} tok/s · decodificación {decode} tok/s · {tokens} tokens",
  },

  "chat.announce.stopped": "Detenida. {text}",

  "chat.settings.label": "Ajustes del chat",
  "chat.settings.systemPrompt": "Instrucción del sistema",
  "chat.settings.systemPromptPlaceholder":
    "Ninguna: el comportamiento propio del modelo",
  "chat.settings.temperature": "Temperatura",
  "chat.settings.topP": "Top-p",
  "chat.settings.maxTokens": "Longitud máxima de respuesta (tokens)",
  "chat.settings.noLimit": "Sin límite",
  "chat.settings.modelDefault": "Valor del modelo",
  "chat.settings.modelDefaultValue": "Valor del modelo: {value}",
  "chat.settings.note":
    "Los campos vacíos usan los valores predeterminados de {model}, según su propia configuración: su temperatura y su top-p, y respuestas que pueden seguir hasta llenar su ventana de contexto de {window} tokens.",
  "chat.settings.noteNoModel":
    "Los campos vacíos usan los valores predeterminados del modelo, según su propia configuración: su temperatura y su top-p, y respuestas que pueden seguir hasta llenar su ventana de contexto de {window} tokens.",
  "chat.settings.reset": "Restablecer valores del modelo",
  "chat.settings.close": "Cerrar ajustes",

  "chat.undo.deletedChat": "Chat «{title}» eliminado.",
  "chat.undo.deletedMessages": {
    one: "Mensaje eliminado.",
    many: "{count} mensajes eliminados.",
    other: "{count} mensajes eliminados.",
  },
  "chat.undo.undo": "Deshacer",
  "chat.undo.dismiss": "Cerrar",

  "chat.version.group": "Versión {index} de {count}",
  "chat.version.previous": "Versión anterior",
  "chat.version.next": "Versión siguiente",

  "chat.markdown.copyCode": "Copiar código",

  "chat.markdown.copy": "Copiar",

  "chat.markdown.copied": "Copiado",

  "chat.markdown.copyFailed": "No se pudo copiar",

  "chat.markdown.image": "Imagen:",
  "chat.markdown.plainText": "texto",
  "chat.markdown.mathError": "No se ha podido componer esta fórmula",

  // Models: picker, first step, Models dialog, folders

  "models.facts.sizeUnknown": "tamaño de descarga desconocido",
  "models.facts.size": "descarga de {size}",
  "models.facts.sizeAbout": "descarga de unos {size}",
  "models.facts.memory": "{size} de memoria de GPU",
  "models.facts.memoryUnknown": "memoria de GPU desconocida",

  "models.state.none": "No descargado",
  "models.state.downloading": "Descargando {percent} %",
  "models.state.paused": "En pausa al {percent} %",
  "models.state.ready": "Disponible sin conexión",
  "models.state.damaged": "Dañado",
  "models.checks.sizesOnly":
    "No se han podido verificar sus pesos: este modelo no incluye sumas de comprobación (es una conversión antigua), así que solo se ha comprobado su tamaño.",
  "models.checks.notYet":
    "Sus pesos se guardaron antes de que Hearth comprobara las sumas de comprobación: pulsa Verificar para comprobarlos.",

  "models.amount.of": "{done} de {total}",
  "models.amount.perSecond": "{size}/s",
  "models.amount.left": "quedan {duration}",
  "models.amount.percent": "{percent} %",

  "models.progress.label": "Carga del modelo",
  "models.progress.line": "{phase}: {details}",
  "models.progress.starting": "Iniciando el motor",
  "models.progress.fetching": "Descargando el modelo",
  "models.progress.loading": "Cargando en la GPU",
  "models.progress.compiling": "Compilando shaders",

  "models.picker.label": "Modelo",
  "models.picker.none": "Ningún modelo",
  "models.picker.load": "Cargar modelo",
  "models.picker.search": "Buscar modelos",
  "models.picker.showAll": "Mostrar todos los modelos",
  "models.picker.list": "Modelos",
  "models.picker.noMatch": "Ningún modelo coincide con «{query}».",
  "models.picker.customFamily": "Añadidos por ti",

  "models.first.title": "Empieza con {model}",
  "models.first.text":
    "Recomendado para este dispositivo. Se descarga una vez y después funciona sin conexión; puedes elegir otro modelo arriba cuando quieras.",
  "models.first.start": "Descargar y empezar",

  "models.fit.label": "Compatibilidad con el dispositivo",
  "models.fit.noF16":
    "esta GPU no tiene shaders de coma flotante de 16 bits (shader-f16)",
  "models.fit.f16Only":
    "{model} no tiene ninguna variante sin shaders de 16 bits, así que no se cargará aquí. Elige otro modelo.",
  "models.fit.f16Fallback":
    "Por eso Hearth ha elegido la variante {quantization} de {model}, que no necesita shaders de 16 bits, pero sí más memoria de GPU ({memory}).",
  "models.fit.why": "¿Por qué?",
  "models.fit.runsWell": "{model} · {fit}: {reason}.",
  "models.fit.risky":
    "{model} · {fit}. Puedes cargarlo igualmente, pero {reason}.",
  "models.fit.noneFits":
    "No se espera que ningún modelo Llama funcione en este dispositivo.",
  "models.fit.useSuggested": "Usar el recomendado",
  "models.fit.dismiss": "Ocultar",
  "models.fit.dismissTip": "Ocultar este aviso para este modelo",

  "models.dialog.open": "Gestionar modelos",
  "models.dialog.openTip": "Descargas, almacenamiento y tus propios modelos",
  "models.dialog.title": "Modelos",
  "models.dialog.close": "Cerrar",
  "models.dialog.list": "Modelos en este dispositivo",

  "models.storage.used": "Almacenamiento usado",
  "models.storage.usage":
    "En uso: {used} de los {quota} que permite este navegador ({free} libres).",
  "models.storage.usageWithModels":
    "En uso: {used} de los {quota} que permite este navegador ({free} libres); los modelos ocupan {models}.",
  "models.storage.persistent":
    "El almacenamiento es persistente: el navegador no lo borrará por su cuenta.",
  "models.storage.notPersistent":
    "El almacenamiento no es persistente: el navegador puede borrar los modelos si queda poco espacio.",

  "models.row.onDisk": "{size} en disco",
  "models.row.verifying": "Verificando {model}",
  "models.row.checking": "Comprobando {done} de {total}",
  "models.row.verified": {
    one: "Verificado: web-llm encuentra este modelo en su caché y su único archivo está guardado.",
    many: "Verificado: web-llm encuentra este modelo en su caché y los {count} archivos están guardados.",
    other:
      "Verificado: web-llm encuentra este modelo en su caché y los {count} archivos están guardados.",
  },
  "models.row.verifiedMd5": {
    one: "Verificado: web-llm encuentra este modelo en su caché y su único archivo está guardado. Cada fragmento coincide con su suma de comprobación MD5.",
    many: "Verificado: web-llm encuentra este modelo en su caché y los {count} archivos están guardados. Cada fragmento coincide con su suma de comprobación MD5.",
    other:
      "Verificado: web-llm encuentra este modelo en su caché y los {count} archivos están guardados. Cada fragmento coincide con su suma de comprobación MD5.",
  },
  "models.row.pause": "Pausar",
  "models.row.cancel": "Cancelar",
  "models.row.resume": "Reanudar",
  "models.row.download": "Descargar",
  "models.row.repair": "Reparar",
  "models.row.verify": "Verificar",
  "models.row.delete": "Eliminar",
  "models.row.remove": "Quitar",

  "models.save.button": "Guardar en carpeta",
  "models.save.cancel": "Cancelar guardado",
  "models.save.progressLabel": "Guardando {model} en la carpeta",
  "models.save.progress": "Guardando {done} de {total}",
  "models.save.cannotOpen":
    "No se ha podido abrir la carpeta para escribir en ella. Elige otra carpeta.",
  "models.save.stopped": {
    one: "Guardado detenido. {count} archivo ({size}) escrito en «{folder}»; se ha descartado el archivo que estaba en curso.",
    many: "Guardado detenido. {count} archivos ({size}) escritos en «{folder}»; se ha descartado el archivo que estaba en curso.",
    other:
      "Guardado detenido. {count} archivos ({size}) escritos en «{folder}»; se ha descartado el archivo que estaba en curso.",
  },
  "models.save.saved": {
    one: "{count} archivo ({size}) guardado en «{folder}».",
    many: "{count} archivos ({size}) guardados en «{folder}».",
    other: "{count} archivos ({size}) guardados en «{folder}».",
  },
  "models.save.savedWithoutLibrary": {
    one: "{count} archivo ({size}) guardado en «{folder}». La biblioteca del modelo no está guardada en este navegador, así que no se ha incluido.",
    many: "{count} archivos ({size}) guardados en «{folder}». La biblioteca del modelo no está guardada en este navegador, así que no se ha incluido.",
    other:
      "{count} archivos ({size}) guardados en «{folder}». La biblioteca del modelo no está guardada en este navegador, así que no se ha incluido.",
  },
  "models.save.failed": "No se ha podido guardar en «{folder}». {reason}",

  "models.folder.button": "Cargar desde carpeta",
  "models.folder.noModel":
    "No se ha encontrado ningún modelo MLC en esta carpeta. Elige la carpeta que contiene mlc-chat-config.json y tensor-cache.json (el repositorio de Hugging Face del modelo, tal como lo crea git clone).",
  "models.folder.checking": "Comprobando {model}…",
  "models.folder.copying": "Copiando {model} en Hearth…",
  "models.folder.readyOwnLibrary":
    "{model} está disponible sin conexión, con la biblioteca de su carpeta.",
  "models.folder.readyBuiltInLibrary":
    "{model} está disponible sin conexión: usa la biblioteca de {name}.",
  "models.folder.found": "Modelos de esta carpeta",
  "models.folder.which": {
    one: "Esta carpeta contiene {count} modelo. ¿Cuál quieres?",
    many: "Esta carpeta contiene {count} modelos. ¿Cuál quieres?",
    other: "Esta carpeta contiene {count} modelos. ¿Cuál quieres?",
  },
  "models.folder.load": "Cargar {model}",

  "models.library.url": "URL de la biblioteca de {model}",
  "models.library.notWasm":
    "La URL de la biblioteca de {model} debe apuntar al archivo .wasm del modelo.",
  "models.library.use": "Usar esta biblioteca",
  "models.library.file": "O su archivo .wasm",

  "models.add.open": "Añadir modelo",
  "models.add.added":
    "{name} añadido. Ya está seleccionado en la lista de modelos.",
  "models.add.title": "Añadir un modelo",
  "models.add.hint":
    "Un modelo en formato MLC alojado en cualquier sitio, por ejemplo en una réplica de tu empresa. Hearth lo comprueba antes de añadirlo.",
  "models.add.modelUrl": "URL del modelo",
  "models.add.libraryUrl": "URL de la biblioteca del modelo",
  "models.add.name": "Nombre",
  "models.add.optional": "Opcional",
  "models.add.checking": "Comprobando…",
  "models.add.submit": "Añadir modelo",
  "models.add.cancel": "Cancelar",
  "models.add.storageFull":
    "No se pudo añadir {name}: el almacenamiento de este dispositivo está lleno. Libera espacio en el disco o elimina un modelo que ya no uses y vuelve a intentarlo.",
  "models.add.notSaved":
    "No se pudo añadir {name}: el navegador no pudo guardarlo (puede que el almacenamiento esté desactivado en esta ventana). Vuelve a intentarlo o usa una ventana normal del navegador.",

  "models.deleteAll.button": "Eliminar todos los datos",
  "models.deleteAll.title": "¿Eliminar todos los datos?",
  "models.deleteAll.text":
    "Se eliminarán de este navegador todos los modelos descargados, todas las conversaciones y todos los ajustes. No se puede deshacer.",
  "models.deleteAll.confirm": "Eliminar todo",
  "models.deleteAll.keep": "Conservar mis datos",
  "models.deleteAll.failed": "No se ha podido eliminar todo. {reason}",

  // The engine: errors, fit, memory, storage, addresses, folders

  "engine.error.noWebgpu.title":
    "Este navegador no puede ejecutar modelos en la GPU.",
  "engine.error.noWebgpu.advice":
    "Usa Chrome o Edge 113 o posterior en un equipo de escritorio.",
  "engine.error.noAdapter.title": "No se ha encontrado ninguna GPU compatible.",
  "engine.error.noAdapter.advice":
    "Actualiza los controladores gráficos o prueba con otro equipo.",
  "engine.error.shaderF16.title":
    "Este modelo necesita shaders de coma flotante de 16 bits, y tu GPU no los tiene.",
  "engine.error.shaderF16.advice": "Elige la variante q4f32_1 del modelo.",
  "engine.error.download.title": "No se ha podido descargar el modelo.",
  "engine.error.download.advice":
    "Un archivo ha fallado una y otra vez (detalles abajo). Comprueba tu conexión y vuelve a intentarlo; lo que ya se ha descargado se conserva.",
  "engine.error.cancelled.title": "Se ha cancelado la descarga.",
  "engine.error.cancelled.advice":
    "No se ha conservado nada. Pulsa Cargar modelo para empezar de nuevo.",
  "engine.error.network.title":
    "No se ha podido descargar el modelo: no se ha podido contactar con {host}.",
  "engine.error.network.titleNoHost":
    "No se ha podido descargar el modelo: no se ha podido contactar con su servidor.",
  "engine.error.network.advice":
    "Comprueba tu conexión a internet y elige Recargar modelo.",
  "engine.error.quota.title":
    "No hay suficiente espacio de almacenamiento para este modelo.",
  "engine.error.quota.advice":
    "Libera espacio en el disco o elige un modelo más pequeño y vuelve a intentarlo.",
  "engine.error.diskFull.title":
    "El disco está lleno: la descarga está en pausa.",
  "engine.error.diskFull.advice":
    "Se conserva todo lo descargado hasta ahora. Libera espacio en este dispositivo o elimina en Gestionar modelos algún modelo que ya no necesites, y después reanuda la descarga.",
  "engine.error.folder.title":
    "No se ha podido usar el modelo de esta carpeta.",
  "engine.error.folder.advice":
    "Un archivo no coincide con lo que indica el tensor-cache.json del modelo (detalles abajo). No se ha conservado nada. Vuelve a copiar la carpeta o descarga el modelo.",
  "engine.error.storage.title":
    "Hearth no ha podido usar el almacenamiento de este navegador.",
  "engine.error.storage.advice":
    "Comprueba que el disco tenga espacio libre y que el navegador permita a este sitio guardar datos, y vuelve a intentarlo.",
  "engine.error.deviceLost.title":
    "La GPU se ha quedado sin memoria o se ha reiniciado.",
  "engine.error.deviceLost.advice":
    "Vuelve a cargar el modelo o usa uno más pequeño. Tus mensajes se conservan.",
  "engine.error.notLoaded.title": "El modelo ya no está cargado.",
  "engine.error.notLoaded.advice":
    "Elige Recargar modelo para volver a cargarlo. Tus mensajes se conservan.",
  "engine.error.contextWindow.title":
    "Esta conversación es más larga de lo que el modelo puede leer de una vez.",
  "engine.error.contextWindow.advice":
    "Empieza un chat nuevo o elige un modelo con una ventana de contexto mayor.",
  "engine.error.modelLibrary.title":
    "No se ha podido iniciar el programa del modelo en este navegador.",
  "engine.error.modelLibrary.advice":
    "Puede que los archivos del modelo estén dañados o se hayan creado para otra versión de web-llm. Vuelve a cargar el modelo o elige otro.",
  "engine.error.offline.title": "No disponible sin conexión.",
  "engine.error.offline.advice":
    "Este modelo aún no se ha descargado. Conéctate a internet para descargarlo o elige en Gestionar modelos uno marcado como «Disponible sin conexión».",
  "engine.error.workerCrashed.title":
    "El motor se ha detenido inesperadamente.",
  "engine.error.workerCrashed.advice":
    "Hearth lo reinicia una vez por sí solo; si no funciona, elige Recargar modelo. Tus mensajes se conservan.",
  "engine.error.unknown.title": "Algo ha fallado en el motor.",
  "engine.error.unknown.advice":
    "Elige Recargar modelo para volver a intentarlo. Tus mensajes se conservan.",

  "engine.worker.restarted": "Se ha reiniciado el motor.",
  "engine.worker.crashed": "El proceso del motor ha fallado.",
  "engine.worker.unreadable":
    "El motor ha enviado un mensaje que no se puede leer.",
  "engine.worker.stoppedResponding": "El motor ha dejado de responder.",

  "engine.load.offline": "El navegador indica que no hay conexión de red.",
  "engine.gpuLock.takenOver": "Otra pestaña ha tomado el control de la GPU.",
  "engine.gpuLock.unloadedNotice":
    "Otra pestaña de Hearth ha tomado el control de la GPU, así que el modelo se ha liberado en esta. Pulsa Cargar modelo para recuperarlo.",
  "engine.restart.loadingNotice":
    "El motor se ha detenido inesperadamente, así que Hearth ha iniciado uno nuevo y está volviendo a cargar el modelo. Tus mensajes se conservan.",
  "engine.restart.doneNotice":
    "El motor se ha detenido inesperadamente y se ha reiniciado. Tus mensajes se conservan.",

  "engine.gpu.unknownVendor": "fabricante desconocido",
  "engine.gpu.unknownArchitecture": "arquitectura desconocida",
  "engine.gpu.noF16Build":
    "Tu GPU no tiene shaders de coma flotante de 16 bits (shader-f16) y {name} no tiene ninguna variante sin ellos, así que no se cargará aquí. Elige otro modelo.",
  "engine.gpu.pickedF32":
    "Tu GPU no tiene shaders de coma flotante de 16 bits (shader-f16), así que Hearth ha elegido la variante q4f32_1 de {name}, que necesita más memoria de GPU ({size}).",

  "engine.fit.runsWell": "funciona bien",
  "engine.fit.mayBeTight": "puede ir justo",
  "engine.fit.wontRun": "no funcionará",
  "engine.fit.device.software": "un renderizador por software en la CPU",
  "engine.fit.device.mobile": "una GPU de teléfono o tablet",
  "engine.fit.device.unified":
    "un chip de Apple que comparte memoria con el sistema",
  "engine.fit.device.integrated":
    "una GPU integrada que comparte la memoria del sistema",
  "engine.fit.device.discrete": "una tarjeta gráfica con memoria propia",
  "engine.fit.reason.noShaderF16":
    "necesita shaders de coma flotante de 16 bits (shader-f16), que esta GPU no tiene",
  "engine.fit.reason.missingFeatures":
    "necesita funciones de GPU que este navegador no tiene ({features})",
  "engine.fit.reason.bindingTooSmall":
    "esta GPU solo permite búferes de almacenamiento de {size}, menos que el mínimo de 128 MB de web-llm",
  "engine.fit.reason.bufferTooBig":
    "necesita búferes de GPU de {size}, más de lo que permite esta GPU ({limit})",
  "engine.fit.reason.smallDevicesOnly":
    "necesita búferes de almacenamiento de 1 GB y esta GPU permite {size}; aquí solo funcionan los modelos creados para dispositivos pequeños",
  "engine.fit.have": "unos {size}",
  "engine.fit.reason.needUnknown":
    "Hearth no sabe cuánta memoria de GPU necesita (no lo indica ni su ficha ni su tamaño de descarga)",
  "engine.fit.needEstimated":
    "unos {size} (estimación a partir de su descarga de {weights})",
  "engine.fit.reason.overBudget":
    "la memoria de GPU que necesita es de {need}, y este dispositivo ({device}) puede darle {have}",
  "engine.fit.reason.overGuess":
    "la memoria de GPU que necesita es de {need}, y Hearth calcula que este dispositivo ({device}) tiene {have}; puede quedarse sin memoria",
  "engine.fit.reason.software":
    "esta GPU es {device}, así que todos los modelos van muy lentos",
  "engine.fit.reason.close":
    "la memoria de GPU que necesita es de {need}, cerca del límite de este dispositivo ({device}), que probablemente pueda darle {have}",
  "engine.fit.reason.within":
    "la memoria de GPU que necesita es de {need}, muy por debajo de la que probablemente tiene este dispositivo ({have})",
  "engine.fit.reason.weightsOverBudget":
    "solo sus pesos ocupan {weights}, y este dispositivo ({device}) puede darle {have}",
  "engine.fit.reason.estimateOverBudget":
    "Hearth calcula que necesita {size} de memoria de GPU (a partir de su descarga de {weights}), y este dispositivo ({device}) tiene {have}; puede quedarse sin memoria",
  "engine.suggest.runsWell": "{name} debería funcionar bien aquí: {reason}.",
  "engine.suggest.insteadRunsWell":
    "Recomendado para este dispositivo: {name} ({quantization}), porque {first} funciona bien aquí: {reason}.",
  "engine.suggest.insteadMayBeTight":
    "Recomendado para este dispositivo: {name} ({quantization}), porque {first} puede ir justo aquí: {reason}.",
  "engine.suggest.insteadWontRun":
    "Recomendado para este dispositivo: {name} ({quantization}), porque {first} no funcionará aquí: {reason}.",
  "engine.suggest.smallest":
    "Recomendado para este dispositivo: {name} ({quantization}), el Llama más pequeño, porque no se espera que ningún modelo funcione bien aquí.",

  "engine.memory.stated": "{size} de VRAM",
  "engine.memory.estimated": "unos {size} de VRAM (estimado)",
  "engine.memory.unknown": "memoria de GPU desconocida",
  "engine.entryLabel.withQuantization": "{name} · {quantization} · {memory}",
  "engine.entryLabel.plain": "{name} · {memory}",

  "engine.space.refusal":
    "Este modelo necesita {need} y hay {free} libres. Libera espacio o elige un modelo más pequeño.",
  "engine.diskFull.heldModel": "{name} ({size})",
  "engine.list.separator": ", ",
  "engine.list.and": "{items} y {last}",
  "engine.diskFull.adviceNoOther":
    "Hay {stored} de {total} guardados, y se conservan; el modelo necesita {more} más. Hearth no tiene ningún otro modelo, así que el espacio tiene que salir de otra parte de este dispositivo. Libera al menos {more} y pulsa Reanudar.",
  "engine.diskFull.adviceOthers":
    "Hay {stored} de {total} guardados, y se conservan; el modelo necesita {more} más. Hearth también tiene {models}: si eliminas uno en Gestionar modelos, se libera su espacio. Libera al menos {more} y pulsa Reanudar.",

  "engine.address.notAddress":
    "{label} no es una dirección web. Debe empezar por https://",
  "engine.address.notHttp":
    "{label} debe empezar por https:// (o por http:// si es un servidor local).",
  "engine.address.notFolder":
    "{label} debe ser la dirección de una carpeta, sin ? ni #.",

  "engine.addModel.modelUrl": "URL del modelo",
  "engine.addModel.libraryUrl": "URL de la biblioteca del modelo",
  "engine.addModel.notWasm":
    "La URL de la biblioteca del modelo debe apuntar al archivo .wasm del modelo.",
  "engine.addModel.notFound":
    "No se ha encontrado ningún modelo MLC en esa dirección: {detail}. La URL del modelo debe ser la carpeta que contiene mlc-chat-config.json y tensor-cache.json (los archivos se leen de <URL>/resolve/main/).",

  "engine.folder.badConfig": "{file} de {model} no es un JSON válido.",
  "engine.folder.noShards":
    "{file} de {model} no tiene lista de fragmentos de pesos.",
  "engine.folder.missing": {
    one: "A {model} le falta un archivo: {files}. Copia la carpeta completa del modelo y vuelve a intentarlo.",
    many: "A {model} le faltan {count} archivos: {files}. Copia la carpeta completa del modelo y vuelve a intentarlo.",
    other:
      "A {model} le faltan {count} archivos: {files}. Copia la carpeta completa del modelo y vuelve a intentarlo.",
  },
  "engine.folder.moreFiles": "{files}, …",
  "engine.folder.noLibrary":
    "{model} no tiene biblioteca de modelo (.wasm) en su carpeta, y Hearth no tiene ningún modelo integrado con ese nombre del que tomarla. Indica su biblioteca abajo: su dirección o su archivo .wasm.",
  "engine.folder.host": "una carpeta de este dispositivo",
  "engine.folder.hostWithLibrary":
    "una carpeta de este dispositivo, biblioteca desde {host}",
  "engine.stored.filesMissing": {
    one: "Falta {count} de {total} archivos. Elimínalo y vuelve a descargarlo.",
    many: "Faltan {count} de {total} archivos. Elimínalo y vuelve a descargarlo.",
    other:
      "Faltan {count} de {total} archivos. Elimínalo y vuelve a descargarlo.",
  },
  "engine.stored.damaged": "Faltan archivos o hay archivos incorrectos.",

  // The engine worker: downloads, Verify, Save to folder, storage

  "worker.error.unknown": "Error desconocido",
  "worker.storageFailure.full":
    "El navegador no ha podido guardar más: el disco, o el espacio que el navegador permite a este sitio, está lleno.",
  "worker.storageFailure.failed":
    "El navegador no ha podido leer ni escribir en su almacenamiento para este sitio.",
  "worker.download.diskFull":
    "El disco se ha llenado durante la descarga: hay {stored} de {total} bytes guardados, y se conservan.",
  "worker.download.fileProblem": "{file}: {reason}",
  "worker.download.busy": "el servidor está ocupado ({status})",
  "worker.download.linkExpired": "su enlace de descarga ha caducado ({status})",
  "worker.download.answered": "el servidor ha respondido {status} {statusText}",
  "worker.download.answeredStatus": "el servidor ha respondido {status}",
  "worker.download.damagedTwice":
    "ha llegado dañado dos veces (su suma de comprobación MD5 no coincide con tensor-cache.json). Puede que el servidor esté sirviendo una copia defectuosa: vuelve a intentarlo más tarde o usa otro servidor para este modelo",
  "worker.download.connectionFailed": "la conexión ha fallado ({reason})",
  "worker.download.failed": "no se ha podido descargar",
  "worker.verify.webPage":
    "el servidor ha enviado una página web en lugar del archivo",
  "worker.verify.size":
    "se esperaban {expected} bytes y se han recibido {received}",
  "worker.verify.json":
    "el servidor ha enviado JSON en lugar de los pesos del modelo",
  "worker.verify.notWasm": "no es una biblioteca de modelo WebAssembly",
  "worker.verify.damaged":
    "ha llegado dañado (su suma de comprobación MD5 no coincide con tensor-cache.json)",
  "worker.verify.integrity":
    "su hash de integridad no coincide con el de la ficha del modelo",
  "worker.verify.invalidJson": "no es un JSON válido",
  "worker.verify.notObject": "no es un objeto JSON",
  "worker.verify.noShards": "no tiene lista de fragmentos de pesos",
  "worker.rehash.damaged": {
    one: "{names} no coincide con su suma de comprobación MD5: está dañado en este disco. Reparar lo vuelve a descargar.",
    many: "{names} no coinciden con sus sumas de comprobación MD5: están dañados en este disco. Reparar los vuelve a descargar.",
    other:
      "{names} no coinciden con sus sumas de comprobación MD5: están dañados en este disco. Reparar los vuelve a descargar.",
  },
  "worker.saveFolder.incomplete":
    "Este modelo no está descargado del todo, así que no hay nada completo que guardar. Descárgalo primero.",
  "worker.saveFolder.missing":
    "{name} no está en el almacenamiento de este navegador. Verifica el modelo o vuelve a descargarlo.",
  "worker.saveFolder.notAllowed":
    "Hearth no tiene permiso para escribir en esa carpeta. Vuelve a elegirla y permite que Hearth guarde cambios.",
  "worker.saveFolder.diskFull":
    "El disco de la carpeta está lleno: no se ha podido escribir {name}. Libera espacio o elige una carpeta en otro disco.",
  "worker.saveFolder.readOnly":
    "No se ha podido escribir {name}: puede que la carpeta sea de solo lectura o que el archivo esté abierto en otro programa.",
  "worker.saveFolder.unreadable":
    "No se ha podido copiar {name}: la carpeta se ha movido o eliminado, o la copia guardada en este navegador ya no se puede leer (verifica el modelo).",
  "worker.saveFolder.failed": "No se ha podido escribir {name} en esa carpeta.",
  "worker.storage.quota":
    "No se han podido guardar tus últimos mensajes: el almacenamiento de este dispositivo está lleno. Libera espacio en el disco o elimina chats antiguos. Mientras tanto, mantén esta pestaña abierta para no perder nada.",
  "worker.storage.unavailable":
    "No se pueden guardar chats en esta ventana del navegador (el almacenamiento está desactivado o no está disponible, como en algunas ventanas privadas). Mantén esta pestaña abierta o exporta tu chat para no perder nada.",
  "worker.storage.unknown":
    "No se han podido guardar tus últimos mensajes: el navegador no ha podido escribirlos en el disco (puede que esté lleno). Hearth lo sigue intentando; mientras tanto, mantén esta pestaña abierta para no perder nada.",
  "worker.storage.deleteBlocked":
    "Otra pestaña de Hearth sigue usando los datos guardados. Cierra las demás pestañas de Hearth y vuelve a intentarlo.",

  // Attachments, import and export

  "files.attach.button": "Adjuntar archivos",
  "files.attach.buttonTitle":
    "Adjuntar archivos (texto, Markdown, CSV, JSON, HTML, código, PDF)",
  "files.attach.tooLarge":
    "{name} ocupa {size}; Hearth lee archivos de hasta {max}.",
  "files.attach.unsupported":
    "{name} no es un tipo de archivo que Hearth pueda leer. Hearth lee texto, Markdown, CSV, JSON, HTML, código fuente y PDF.",
  "files.attach.binary":
    "{name} parece un archivo binario, no de texto. Hearth lee texto, Markdown, CSV, JSON, HTML, código fuente y PDF.",
  "files.attach.empty": "{name} no tiene texto que leer.",
  "files.attach.scannedPdf":
    "{name}: este PDF está formado por imágenes escaneadas; Hearth solo puede leer texto.",
  "files.attach.passwordPdf":
    "{name} está protegido con contraseña. Quita la contraseña (imprímelo en un PDF nuevo) y vuelve a adjuntarlo.",
  "files.attach.corruptPdf":
    "No se ha podido leer {name} como PDF: el archivo está dañado o no es realmente un PDF.",
  "files.attach.failed": "Hearth no ha podido leer el archivo: {detail}",
  "files.attach.readerStopped":
    "El lector de archivos de Hearth se ha detenido inesperadamente.",
  "files.attach.couldNotRead": "Hearth no ha podido leer {name}.",
  "files.attach.notSaved":
    "No se han podido guardar los archivos adjuntos: se usan ahora, pero desaparecerán al recargar la página.",

  "files.chip.pages": {
    one: "{n} página",
    many: "{n} páginas",
    other: "{n} páginas",
  },
  "files.chip.lines": {
    one: "{n} línea",
    many: "{n} líneas",
    other: "{n} líneas",
  },
  "files.chip.kilobytes": "{n} KB",
  "files.chip.meta": "{extent}, {size}",
  "files.chip.open": "Leer el texto que ha extraído Hearth",
  "files.chip.remove": "Quitar {name}",
  "files.text.label": "Texto de {name}",
  "files.text.close": "Cerrar",
  "files.composer.attached": "Archivos adjuntos",
  "files.composer.reading": "Leyendo {names}…",
  "files.composer.dismiss": "Cerrar",
  "files.message.attachments": "Archivos enviados con este mensaje",

  "files.sources.whole": "Ha leído {name} completo",
  "files.sources.passages": {
    one: "Ha usado {count} pasaje de {name} ({places})",
    many: "Ha usado {count} pasajes de {name} ({places})",
    other: "Ha usado {count} pasajes de {name} ({places})",
  },
  "files.sources.pages": {
    one: "página {pages}",
    many: "páginas {pages}",
    other: "páginas {pages}",
  },
  "files.sources.page": "página {n}",
  "files.sources.line": "línea {n}",
  "files.sources.lines": "líneas {start}–{end}",
  "files.sources.passage": "{name}, {place}",
  "files.search.snippet": "{name}: {snippet}",

  "files.transfer.menu": "Exportar e importar",
  "files.transfer.exportJson": "Exportar todos los chats como JSON",
  "files.transfer.exportMarkdown": "Exportar todos los chats como Markdown",
  "files.transfer.import": "Importar chats",
  "files.transfer.importFile": "Archivo de chats para importar",
  "files.count.chats": {
    one: "{n} chat",
    many: "{n} chats",
    other: "{n} chats",
  },
  "files.count.savedPrompts": {
    one: "{n} instrucción guardada",
    many: "{n} instrucciones guardadas",
    other: "{n} instrucciones guardadas",
  },
  "files.export.done": "Exportación completada: {chats}.",
  "files.export.doneWithPrompts":
    "Exportación completada: {chats} y {prompts}.",
  "files.import.done": "Importación completada: {chats}.",
  "files.import.doneWithPrompts":
    "Importación completada: {chats} y {prompts}.",
  "files.import.alreadyHere": {
    one: "{n} ya existía.",
    many: "{n} ya existían.",
    other: "{n} ya existían.",
  },
  "files.import.doneAndSkipped": "{imported} {skipped}",
  "files.import.notSaved": "No se han importado los chats. {reason}",
  "files.import.refused":
    "No se ha importado el archivo: {reason}. No se ha cambiado nada.",
  "files.import.problemAt": "{place}: {problem}",

  "files.import.place.within": "{place}, {part}",
  "files.import.place.file": "El archivo",
  "files.import.place.exportDate": "La fecha de exportación del archivo",
  "files.import.place.conversations": "Las conversaciones del archivo",
  "files.import.place.conversation": "Conversación {n}",
  "files.import.place.message": "mensaje {n}",
  "files.import.place.errorField": "{field} del error",
  "files.import.place.attachment": "adjuntos, adjunto {n}",
  "files.import.place.attachmentId": "adjunto {n}",
  "files.import.place.passage": "pasaje {n}",
  "files.import.place.source": "fuente {n}",
  "files.import.place.savedPrompts": "Las instrucciones guardadas del archivo",
  "files.import.place.savedPrompt": "Instrucción guardada {n}",
  "files.import.field.id": "id",
  "files.import.field.title": "título",
  "files.import.field.messages": "mensajes",
  "files.import.field.settings": "ajustes",
  "files.import.field.createdAt": "fecha de creación",
  "files.import.field.updatedAt": "fecha de última actividad",
  "files.import.field.promptUpdatedAt": "fecha del último cambio",
  "files.import.field.systemPrompt": "instrucción del sistema",
  "files.import.field.temperature": "temperatura",
  "files.import.field.topP": "top-p",
  "files.import.field.maxTokens": "longitud máxima de respuesta",
  "files.import.field.role": "rol",
  "files.import.field.content": "contenido",
  "files.import.field.status": "estado",
  "files.import.field.usage": "uso",
  "files.import.field.promptTokens": "tokens de entrada",
  "files.import.field.completionTokens": "tokens de respuesta",
  "files.import.field.prefillTokensPerSecond": "prefillTokensPerSecond",
  "files.import.field.decodeTokensPerSecond": "decodeTokensPerSecond",
  "files.import.field.timeToFirstTokenSeconds": "timeToFirstTokenSeconds",
  "files.import.field.modelId": "modelo",
  "files.import.field.error": "error",
  "files.import.field.code": "código",
  "files.import.field.detail": "detalle",
  "files.import.field.parentId": "padre",
  "files.import.field.activeId": "mensaje activo",
  "files.import.field.attachments": "adjuntos",
  "files.import.field.attachmentIds": "adjuntos",
  "files.import.field.attachmentId": "adjunto",
  "files.import.field.name": "nombre",
  "files.import.field.kind": "clase",
  "files.import.field.mime": "tipo",
  "files.import.field.size": "tamaño",
  "files.import.field.sha256": "hash",
  "files.import.field.pages": "páginas",
  "files.import.field.lines": "líneas",
  "files.import.field.text": "texto",
  "files.import.field.passages": "pasajes",
  "files.import.field.page": "página",
  "files.import.field.lineStart": "primera línea",
  "files.import.field.lineEnd": "última línea",
  "files.import.field.whole": "completo",
  "files.import.field.sources": "fuentes",
  "files.import.field.addedAt": "fecha en que se añadió",

  "files.import.kind.null": "vacío (null)",
  "files.import.kind.list": "una lista",
  "files.import.kind.object": "un objeto",
  "files.import.kind.text": "texto",
  "files.import.kind.number": "un número",
  "files.import.kind.boolean": "un valor true o false",
  "files.import.mustBeObjectIs": "debe ser un objeto, pero es {kind}",
  "files.import.mustBeTextIs": "debe ser texto, pero es {kind}",
  "files.import.mustBeNumberIs": "debe ser un número, pero es {kind}",
  "files.import.mustBeListIs": "debe ser una lista, pero es {kind}",
  "files.import.mustBeObject": "debe ser un objeto",
  "files.import.mustBeText": "debe ser texto",
  "files.import.mustBeList": "debe ser una lista",
  "files.import.forbiddenKey": "contiene la clave prohibida «{key}»",
  "files.import.unknownField": "tiene un campo desconocido, «{field}»",
  "files.import.missingField": "le falta el campo «{field}»",
  "files.import.tooLong": "tiene más de {max} caracteres",
  "files.import.empty": "está vacío",
  "files.import.notText":
    "contiene caracteres que no son texto (caracteres de control o Unicode dañado)",
  "files.import.idChars": "solo puede contener letras, dígitos, «-» y «_»",
  "files.import.promptId":
    "solo puede contener letras, dígitos, «-» y «_» (entre 1 y 128)",
  "files.import.between": "debe estar entre {min} y {max}",
  "files.import.wholeNumber": "debe ser un número entero",
  "files.import.count": "debe ser un número entero igual o mayor que 0",
  "files.import.time":
    "debe ser una marca de tiempo (un número entero a partir de 0)",
  "files.import.trueOrFalse": "debe ser true o false",
  "files.import.oneOf": "debe ser uno de estos valores: {options}",
  "files.import.tooManyEntries": "contiene más de {max} entradas",
  "files.import.tooManyItems": "contiene más de {max} elementos",
  "files.import.duplicateConversations":
    "dos conversaciones comparten el mismo id",
  "files.import.duplicateMessages": "dos mensajes comparten el mismo id",
  "files.import.duplicateAttachments": "dos adjuntos comparten el mismo id",
  "files.import.duplicatePrompts": "dos instrucciones comparten el mismo id",
  "files.import.notHearth":
    "no es una exportación de Hearth (su «format» no es «{format}»)",
  "files.import.version":
    "tiene la versión {found}, y este Hearth lee la versión {version}",
  "files.import.tooLarge": "el archivo ocupa más de {size}",
  "files.import.notJson": "el archivo no es un JSON válido ({detail})",
  "files.import.tooManyMessages":
    "el archivo contiene más de {max} mensajes en total",
  "files.import.tree.mixed": "algunos mensajes indican un padre y otros no",
  "files.import.tree.missingParent":
    "remite a un mensaje («{id}») que no está en esta conversación",
  "files.import.tree.noRoot":
    "no tienen un primer mensaje: todos los mensajes indican un padre, así que forman un bucle",
  "files.import.tree.twoRoots":
    "tienen dos raíces: primeros mensajes con roles distintos, que no pueden ser versiones de un mismo mensaje",
  "files.import.tree.loop":
    "forma un bucle: siguiendo los padres se vuelve al mismo mensaje",
  "files.import.tree.missingActive":
    "remite a un mensaje que no está en esta conversación",

  "files.markdown.systemPrompt": "Instrucción del sistema",
  "files.markdown.you": "Tú",
  "files.markdown.assistant": "Asistente",
  "files.markdown.roleWithNote": "{role} {note}",
  "files.markdown.stopped": "(detenida)",
  "files.markdown.failed": "(falló antes de terminar)",
  "files.markdown.interrupted": "(interrumpida)",
};

export default catalog;
