import type { Catalog } from "./messages";

// Brazilian Portuguese: "você", calm and short, as Chrome's and Google's pt-BR UI.
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

  "shell.app.allDataDeleted": "Todos os dados foram excluídos.",

  "shell.sidebar.label": "Conversas",
  "shell.sidebar.newChat": "Nova conversa",
  "shell.sidebar.newChatTip": "Nova conversa (Ctrl+Shift+O)",
  "shell.sidebar.searchLabel": "Pesquisar conversas",
  "shell.sidebar.searchPlaceholder": "Pesquisar em todas as mensagens",
  "shell.sidebar.listLabel": "Lista de conversas",
  "shell.sidebar.matches": {
    zero: "Nenhuma conversa corresponde.",
    one: "{count} conversa corresponde.",
    many: "{count} conversas correspondem.",
    other: "{count} conversas correspondem.",
  },
  "shell.sidebar.showMore": {
    one: "Mostrar mais conversas ({count} mais antiga)",
    many: "Mostrar mais conversas ({count} mais antigas)",
    other: "Mostrar mais conversas ({count} mais antigas)",
  },
  "shell.sidebarToggle.label": "Conversas",

  "shell.theme.label": "Tema escuro",
  "shell.theme.toLight": "Mudar para o tema claro",
  "shell.theme.toDark": "Mudar para o tema escuro",
  "shell.install.label": "Instalar app",
  "shell.install.tip": "Instalar o Hearth como app",
  "shell.network.label": "Rede",
  "shell.network.offline": "Off-line",
  "shell.network.offlineTip":
    "Sem rede. As conversas e os modelos baixados continuam funcionando.",

  "shell.status.label": "Status do modelo",
  "shell.status.idle": "Nenhum modelo carregado",
  "shell.status.loading": "Carregando {name}",
  "shell.status.percent": "{percent}%",
  "shell.status.ready": "Pronto",
  "shell.status.generating": "Escrevendo…",
  "shell.status.failed": "Parou com um erro",
  "shell.status.rateTip": "Velocidade de geração da última resposta",
  "shell.status.rate": "{rate} tok/s",

  "shell.update.label": "Atualização",
  "shell.update.available": "Atualização disponível",
  "shell.update.availableWaiting":
    "Atualização disponível · Recarregue quando a resposta terminar",
  "shell.update.reload": "Recarregar",

  "shell.notices.linuxHelp":
    "No Linux, abra {flags}, ative “Unsafe WebGPU Support” e “Vulkan” e reinicie o navegador.",
  "shell.notices.noWebgpu.title":
    "Este navegador não consegue executar os modelos do Hearth",
  "shell.notices.noWebgpu.body":
    "O Hearth executa o Llama na sua própria GPU por meio da WebGPU, e este navegador não oferece esse recurso. Use o Chrome ou o Edge 113 ou mais recente no Windows, macOS ou ChromeOS. {linuxHelp}",
  "shell.notices.noAdapter.title": "Nenhuma GPU compatível foi encontrada",
  "shell.notices.noAdapter.body":
    "O Hearth executa o Llama na sua própria GPU por meio da WebGPU, e este navegador não ofereceu nenhuma GPU para isso. Atualize os drivers da placa de vídeo, confira se a aceleração de hardware está ativada nas configurações do navegador e use o Chrome ou o Edge 113 ou mais recente em um computador. {linuxHelp}",
  "shell.notices.gpuBusy.title": "Outra guia do Hearth está usando a GPU",
  "shell.notices.gpuBusy.body":
    "Uma segunda cópia de um modelo poderia esgotar a memória da GPU, por isso esta guia não carrega nenhum. Clique em Assumir para descarregar o modelo na outra guia e carregá-lo aqui.",
  "shell.notices.gpuBusy.takeOver": "Assumir",
  "shell.notices.failure.details": "Detalhes",
  "shell.notices.failure.reload": "Recarregar modelo",
  "shell.notices.failure.smaller": "Usar um modelo menor",
  "shell.notices.failure.newChat": "Nova conversa",

  "shell.device.title": "Dispositivo",
  "shell.device.checkingGpu": "Verificando a GPU…",
  "shell.device.noWebgpu": "A WebGPU não está disponível neste navegador.",
  "shell.device.noAdapter":
    "Nenhum adaptador de GPU compatível foi encontrado.",
  "shell.device.vendor": "Fabricante",
  "shell.device.architecture": "Arquitetura",
  "shell.device.description": "Descrição",
  "shell.device.shaderF16": "Shaders de 16 bits",
  "shell.device.shaderF16Yes": "Compatível (shader-f16)",
  "shell.device.shaderF16No": "Não compatível",
  "shell.device.maxStorageBinding": "Maior binding de armazenamento",
  "shell.device.maxBuffer": "Maior buffer",
  "shell.device.engineRunsOn": "O mecanismo roda em",

  "shell.deploy.checking": "Verificando a implantação…",
  "shell.deploy.label": "Implantação",
  "shell.deploy.secure": "Contexto seguro",
  "shell.deploy.secureYes": "Sim",
  "shell.deploy.secureNo":
    "Não: sirva o Hearth por HTTPS, senão a WebGPU e o uso off-line ficam desativados",
  "shell.deploy.offline": "Cópia off-line",
  "shell.deploy.offlineReady": "Pronta para {scope}",
  "shell.deploy.offlinePending": "Ainda não instalada",
  "shell.deploy.offlineUnsupported": "Não compatível aqui",
  "shell.deploy.swCaching": "Cache do service worker",
  "shell.deploy.version": "Versão",
  "shell.deploy.caching.notChecked": "Não verificado (off-line)",
  "shell.deploy.caching.everyLoad": "Verificado a cada carregamento ({value})",
  "shell.deploy.caching.noLifetime": "Sem tempo de validade ({value})",
  "shell.deploy.caching.noHeader": "Sem cabeçalho Cache-Control",
  "shell.deploy.caching.short": "Em cache por {seconds} s ({value})",
  "shell.deploy.caching.long":
    "Em cache por {seconds} s: as atualizações podem demorar esse tempo para chegar. Sirva o sw.js com Cache-Control: no-cache",

  "shell.hosts.title": "Servidor de modelos",
  "shell.hosts.modelsFrom": "Modelos de: {host}",
  "shell.hosts.modelsFromOwn": "Modelos de: {host} (sua configuração)",
  "shell.hosts.modelsFromFile": "Modelos de: {host} ({file} deste site)",
  "shell.hosts.librariesFrom": "Bibliotecas de: {host}",
  "shell.hosts.librariesFromOwn": "Bibliotecas de: {host} (sua configuração)",
  "shell.hosts.librariesFromFile": "Bibliotecas de: {host} ({file} deste site)",
  "shell.hosts.weightsHost": "Servidor dos pesos dos modelos",
  "shell.hosts.libraryHost": "Servidor das bibliotecas dos modelos",
  "shell.hosts.hint":
    "Um espelho com os mesmos caminhos: ele substitui {models} e {libraries} nos endereços de todos os modelos integrados. Campos vazios usam o padrão.",
  "shell.hosts.saved":
    "Salvo. Os modelos que você baixar a partir de agora virão desses servidores; os modelos já baixados mantêm os seus.",
  "shell.hosts.resetDone":
    "Redefinido: os modelos integrados voltam a vir dos servidores deste site.",
  "shell.hosts.save": "Salvar servidores",
  "shell.hosts.reset": "Redefinir servidores",

  "shell.prompts.builtIn.llama2Default.title": "Padrão do Llama 2",
  "shell.prompts.builtIn.concise.title": "Breve e direto",
  "shell.prompts.builtIn.summarize.title": "Resumir",
  "shell.prompts.builtIn.explainCode.title": "Explicar código",
  "shell.prompts.builtIn.proofread.title": "Revisar texto",
  "shell.prompts.builtIn.translate.title": "Traduzir para o inglês",

  "shell.prompts.menu.label": "Prompts salvos",
  "shell.prompts.systemKind": "(prompt do sistema)",
  "shell.prompts.menu.manage": "Gerenciar prompts salvos…",
  "shell.prompts.menu.noMatch": "Nenhum prompt salvo corresponde a “/{query}”.",
  "shell.prompts.menu.hint":
    "↑↓ para escolher, Enter para usar, Esc para fechar",
  "shell.prompts.menu.systemSet":
    "Prompt do sistema definido como “{title}” nesta conversa.",

  "shell.prompts.manager.title": "Prompts salvos",
  "shell.prompts.manager.close": "Fechar",
  "shell.prompts.manager.empty":
    "Você ainda não tem prompts próprios. Os prompts integrados do Hearth estão sempre no menu “/”.",
  "shell.prompts.manager.listLabel": "Seus prompts",
  "shell.prompts.manager.editLabel": "Editar o prompt {title}",
  "shell.prompts.manager.deleteLabel": "Excluir o prompt {title}",
  "shell.prompts.manager.edit": "Editar",
  "shell.prompts.manager.delete": "Excluir",
  "shell.prompts.manager.editHeading": "Editar prompt",
  "shell.prompts.manager.newHeading": "Novo prompt",
  "shell.prompts.manager.titleField": "Título",
  "shell.prompts.manager.textField": "Texto do prompt",
  "shell.prompts.manager.systemField":
    "Usar como prompt do sistema da conversa (em vez de preencher a caixa de mensagem)",
  "shell.prompts.manager.saveChanges": "Salvar alterações",
  "shell.prompts.manager.add": "Adicionar prompt",
  "shell.prompts.manager.cancelEdit": "Cancelar edição",
  "shell.prompts.manager.saved": "“{title}” foi salvo.",
  "shell.prompts.manager.added": "“{title}” foi adicionado.",
  "shell.prompts.manager.deleted": "“{title}” foi excluído.",

  "shell.prompts.problem.noTitle": "Dê um título ao prompt.",
  "shell.prompts.problem.titleTooLong":
    "O título tem mais de {max} caracteres.",
  "shell.prompts.problem.noText": "Escreva o texto do prompt.",
  "shell.prompts.problem.textTooLong": "O texto tem mais de {max} caracteres.",
  "shell.prompts.problem.readFailed":
    "Não foi possível ler o prompt: {reason}.",
  "shell.prompts.problem.saveFailed":
    "Não foi possível salvar o prompt: {reason}.",
  "shell.prompts.problem.deleteFailed":
    "Não foi possível excluir o prompt: {reason}.",
  "shell.prompts.storage.quota": "o armazenamento deste dispositivo está cheio",
  "shell.prompts.storage.unavailable":
    "o armazenamento está desativado nesta janela do navegador",
  "shell.prompts.storage.unknown": "o navegador se recusou a armazená-lo",

  // The Language chooser and what the model is told

  "language.failed":
    "Não foi possível carregar {name}: verifique sua conexão e escolha o idioma de novo.",
  "language.answerIn": "Pedir ao modelo que responda em {name}",
  "language.answerInHint":
    "Para conversas sem um prompt do sistema próprio. O modelo ainda responde no idioma em que você escreve.",

  // Chats: composer, messages, versions, settings, replies

  "chat.untitled": "Nova conversa",

  "chat.composer.label": "Mensagem",
  "chat.composer.placeholderReady": "Mensagem para o Llama",
  "chat.composer.placeholderLoading":
    "O modelo está carregando; você já pode começar a digitar",
  "chat.composer.placeholderIdle":
    "Mensagem para o Llama (o modelo será carregado antes)",
  "chat.composer.send": "Enviar",
  "chat.composer.stop": "Parar",

  "chat.context.label": "Contexto usado",
  "chat.context.estimate": "Cerca de {used} de {window} tokens (estimativa)",
  "chat.context.estimateOmitted": {
    one: "Cerca de {used} de {window} tokens (estimativa) · a mensagem mais antiga fica de fora do que o modelo lê, para caber na janela de contexto",
    many: "Cerca de {used} de {window} tokens (estimativa) · as {count} mensagens mais antigas ficam de fora do que o modelo lê, para caber na janela de contexto",
    other:
      "Cerca de {used} de {window} tokens (estimativa) · as {count} mensagens mais antigas ficam de fora do que o modelo lê, para caber na janela de contexto",
  },

  "chat.header.label": "Esta conversa",
  "chat.header.titleInput": "Título da conversa",
  "chat.header.rename": "Renomear",
  "chat.header.renameTip": "Renomear esta conversa",
  "chat.header.settingsTip":
    "Prompt do sistema, temperatura, top-p, tamanho da resposta",
  "chat.header.exportTip": "Exportar esta conversa",
  "chat.header.export": "Exportar conversa",
  "chat.header.exportJson": "Exportar conversa como JSON",
  "chat.header.exportMarkdown": "Exportar conversa como Markdown",
  "chat.header.delete": "Excluir conversa",
  "chat.header.deleteTip": "Excluir esta conversa (é possível desfazer)",

  "chat.actions.userGroup": "Sua mensagem: ações",
  "chat.actions.replyGroup": "Resposta: ações",
  "chat.actions.copy": "Copiar",
  "chat.actions.copied": "Copiado",
  "chat.actions.copiedStatus": "Copiado para a área de transferência.",
  "chat.actions.edit": "Editar",
  "chat.actions.editTip": "Editar e reenviar",
  "chat.actions.continue": "Continuar",
  "chat.actions.continueTip": "Continuar esta resposta",
  "chat.actions.regenerate": "Gerar de novo",
  "chat.actions.regenerateTip": "Escrever esta resposta de novo",
  "chat.actions.delete": "Excluir",
  "chat.actions.deleteTip": "Excluir esta mensagem",

  "chat.badge.interrupted":
    "Interrompida: a página foi fechada ou recarregada antes de a resposta terminar. O que já foi escrito foi mantido.",
  "chat.badge.elsewhere": "Sendo escrita em outra guia…",
  "chat.badge.omitted":
    "Fora do que o modelo lê: a conversa é maior que a janela de contexto dele.",

  "chat.editor.label": "Editar mensagem",
  "chat.editor.later": {
    one: "Ao enviar, uma nova versão é criada; esta e a mensagem seguinte são mantidas.",
    many: "Ao enviar, uma nova versão é criada; esta e as {count} mensagens seguintes são mantidas.",
    other:
      "Ao enviar, uma nova versão é criada; esta e as {count} mensagens seguintes são mantidas.",
  },
  "chat.editor.send": "Enviar mensagem editada",
  "chat.editor.cancel": "Cancelar",

  "chat.log.label": "Conversa",
  "chat.welcome.intro":
    "Um chatbot privado. O Llama roda na sua própria GPU, dentro deste navegador; nada do que você digita sai deste computador.",
  "chat.welcome.ready": "O modelo está pronto. Digite uma mensagem abaixo.",
  "chat.welcome.loading":
    "O modelo está carregando; você já pode começar a digitar.",
  "chat.welcome.idle":
    "Escolha um modelo no topo e clique em Carregar modelo, ou simplesmente envie uma mensagem: o modelo escolhido é carregado antes.",

  "chat.message.you": "Você",
  "chat.message.assistant": "Assistente",
  "chat.message.stopped": "Interrompida",
  "chat.message.failed": "{title} {advice}",
  "chat.message.failedKept": "{title} A resposta até aqui foi mantida.",
  "chat.message.usage": {
    one: "Leitura {prefill} tok/s · geração {decode} tok/s · {tokens} token",
    many: "Leitura {prefill} tok/s · geração {decode} tok/s · {tokens} tokens",
    other: "Leitura {prefill} tok/s · geração {decode} tok/s · {tokens} tokens",
  },

  "chat.announce.stopped": "Interrompida. {text}",

  "chat.settings.label": "Configurações da conversa",
  "chat.settings.systemPrompt": "Prompt do sistema",
  "chat.settings.systemPromptPlaceholder":
    "Nenhum: o comportamento próprio do modelo",
  "chat.settings.temperature": "Temperatura",
  "chat.settings.topP": "Top-p",
  "chat.settings.maxTokens": "Tamanho máximo da resposta (tokens)",
  "chat.settings.noLimit": "Sem limite",
  "chat.settings.modelDefault": "Padrão do modelo",
  "chat.settings.modelDefaultValue": "Padrão do modelo: {value}",
  "chat.settings.note":
    "Campos vazios usam os padrões de {model}, da configuração do próprio modelo: a temperatura e o top-p dele, e respostas que podem seguir até encher a janela de contexto de {window} tokens.",
  "chat.settings.noteNoModel":
    "Campos vazios usam os padrões do modelo, da própria configuração: a temperatura e o top-p dele, e respostas que podem seguir até encher a janela de contexto de {window} tokens.",
  "chat.settings.reset": "Restaurar padrões do modelo",
  "chat.settings.close": "Fechar configurações",

  "chat.undo.deletedChat": "A conversa “{title}” foi excluída.",
  "chat.undo.deletedMessages": {
    one: "Uma mensagem foi excluída.",
    many: "{count} mensagens foram excluídas.",
    other: "{count} mensagens foram excluídas.",
  },
  "chat.undo.undo": "Desfazer",
  "chat.undo.dismiss": "Dispensar",

  "chat.version.group": "Versão {index} de {count}",
  "chat.version.previous": "Versão anterior",
  "chat.version.next": "Próxima versão",

  "chat.markdown.copyCode": "Copiar código",

  "chat.markdown.copy": "Copiar",

  "chat.markdown.copied": "Copiado",

  "chat.markdown.copyFailed": "Falha ao copiar",

  "chat.markdown.image": "Imagem:",
  "chat.markdown.plainText": "texto",
  "chat.markdown.mathError": "Não foi possível compor esta fórmula",

  // Models: picker, first step, Models dialog, folders

  "models.facts.sizeUnknown": "tamanho do download desconhecido",
  "models.facts.size": "download de {size}",
  "models.facts.sizeAbout": "download de cerca de {size}",
  "models.facts.memory": "{size} de memória da GPU",
  "models.facts.memoryUnknown": "memória da GPU desconhecida",

  "models.state.none": "Não baixado",
  "models.state.downloading": "Baixando {percent}%",
  "models.state.paused": "Pausado em {percent}%",
  "models.state.ready": "Pronto off-line",
  "models.state.damaged": "Danificado",
  "models.checks.sizesOnly":
    "Não foi possível verificar os pesos: este modelo não informa checksums (uma conversão antiga), então só os tamanhos foram conferidos.",
  "models.checks.notYet":
    "Os pesos foram armazenados antes de o Hearth verificar checksums: clique em Verificar para conferi-los.",

  "models.amount.of": "{done} de {total}",
  "models.amount.perSecond": "{size}/s",
  "models.amount.left": "faltam {duration}",
  "models.amount.percent": "{percent}%",

  "models.progress.label": "Carregamento do modelo",
  "models.progress.line": "{phase}: {details}",
  "models.progress.starting": "Iniciando o mecanismo",
  "models.progress.fetching": "Baixando o modelo",
  "models.progress.loading": "Carregando na GPU",
  "models.progress.compiling": "Compilando shaders",

  "models.picker.label": "Modelo",
  "models.picker.none": "Nenhum modelo",
  "models.picker.load": "Carregar modelo",
  "models.picker.search": "Pesquisar modelos",
  "models.picker.showAll": "Mostrar todos os modelos",
  "models.picker.list": "Modelos",
  "models.picker.noMatch": "Nenhum modelo corresponde a “{query}”.",
  "models.picker.customFamily": "Adicionados por você",

  "models.first.title": "Comece com {model}",
  "models.first.text":
    "Sugerido para este dispositivo. Ele é baixado uma vez e depois funciona off-line; você pode escolher outro modelo no topo quando quiser.",
  "models.first.start": "Baixar e começar",

  "models.fit.label": "Adequação ao dispositivo",
  "models.fit.noF16":
    "esta GPU não tem shaders de ponto flutuante de 16 bits (shader-f16)",
  "models.fit.f16Only":
    "{model} não tem versão sem shaders de 16 bits, então não vai carregar aqui. Escolha outro modelo.",
  "models.fit.f16Fallback":
    "Por isso, o Hearth escolheu a versão {quantization} de {model}, que não precisa de shaders de 16 bits, mas usa mais memória da GPU ({memory}).",
  "models.fit.why": "Por quê?",
  "models.fit.runsWell": "{model} · {fit}: {reason}.",
  "models.fit.risky":
    "{model} · {fit}. Você ainda pode carregá-lo, mas {reason}.",
  "models.fit.noneFits":
    "Nenhum modelo Llama deve conseguir rodar neste dispositivo.",
  "models.fit.useSuggested": "Usar modelo sugerido",
  "models.fit.dismiss": "Dispensar",
  "models.fit.dismissTip": "Ocultar este aviso para este modelo",

  "models.dialog.open": "Gerenciar modelos",
  "models.dialog.openTip": "Downloads, armazenamento e seus próprios modelos",
  "models.dialog.title": "Modelos",
  "models.dialog.close": "Fechar",
  "models.dialog.list": "Modelos neste dispositivo",

  "models.storage.used": "Armazenamento usado",
  "models.storage.usage":
    "Usando {used} dos {quota} que este navegador permite ({free} livres).",
  "models.storage.usageWithModels":
    "Usando {used} dos {quota} que este navegador permite ({free} livres); os modelos ocupam {models}.",
  "models.storage.persistent":
    "O armazenamento é persistente: o navegador não vai limpá-lo por conta própria.",
  "models.storage.notPersistent":
    "O armazenamento não é persistente: o navegador pode apagar modelos quando faltar espaço.",

  "models.row.onDisk": "{size} em disco",
  "models.row.verifying": "Verificando {model}",
  "models.row.checking": "Verificando {done} de {total}",
  "models.row.verified": {
    one: "Verificado: o web-llm encontra este modelo no cache dele, e o único arquivo está armazenado.",
    many: "Verificado: o web-llm encontra este modelo no cache dele, e todos os {count} arquivos estão armazenados.",
    other:
      "Verificado: o web-llm encontra este modelo no cache dele, e todos os {count} arquivos estão armazenados.",
  },
  "models.row.verifiedMd5": {
    one: "Verificado: o web-llm encontra este modelo no cache dele, e o único arquivo está armazenado. Todos os fragmentos correspondem ao checksum MD5.",
    many: "Verificado: o web-llm encontra este modelo no cache dele, e todos os {count} arquivos estão armazenados. Todos os fragmentos correspondem ao checksum MD5.",
    other:
      "Verificado: o web-llm encontra este modelo no cache dele, e todos os {count} arquivos estão armazenados. Todos os fragmentos correspondem ao checksum MD5.",
  },
  "models.row.pause": "Pausar",
  "models.row.cancel": "Cancelar",
  "models.row.resume": "Retomar",
  "models.row.download": "Baixar",
  "models.row.repair": "Reparar",
  "models.row.verify": "Verificar",
  "models.row.delete": "Excluir",
  "models.row.remove": "Remover",

  "models.save.button": "Salvar em pasta",
  "models.save.cancel": "Cancelar salvamento",
  "models.save.progressLabel": "Salvando {model} na pasta",
  "models.save.progress": "Salvando {done} de {total}",
  "models.save.cannotOpen":
    "Não foi possível abrir a pasta para gravação. Escolha outra pasta.",
  "models.save.stopped": {
    zero: "Salvamento interrompido. Nenhum arquivo foi gravado em “{folder}”; o arquivo em andamento foi descartado.",
    one: "Salvamento interrompido. {count} arquivo ({size}) gravado em “{folder}”; o arquivo em andamento foi descartado.",
    many: "Salvamento interrompido. {count} arquivos ({size}) gravados em “{folder}”; o arquivo em andamento foi descartado.",
    other:
      "Salvamento interrompido. {count} arquivos ({size}) gravados em “{folder}”; o arquivo em andamento foi descartado.",
  },
  "models.save.saved": {
    one: "{count} arquivo ({size}) salvo em “{folder}”.",
    many: "{count} arquivos ({size}) salvos em “{folder}”.",
    other: "{count} arquivos ({size}) salvos em “{folder}”.",
  },
  "models.save.savedWithoutLibrary": {
    one: "{count} arquivo ({size}) salvo em “{folder}”. A biblioteca do modelo não está armazenada neste navegador, por isso ficou de fora.",
    many: "{count} arquivos ({size}) salvos em “{folder}”. A biblioteca do modelo não está armazenada neste navegador, por isso ficou de fora.",
    other:
      "{count} arquivos ({size}) salvos em “{folder}”. A biblioteca do modelo não está armazenada neste navegador, por isso ficou de fora.",
  },
  "models.save.failed": "Não foi possível salvar em “{folder}”. {reason}",

  "models.folder.button": "Carregar de pasta",
  "models.folder.noModel":
    "Nenhum modelo MLC foi encontrado nesta pasta. Escolha a pasta que contém mlc-chat-config.json e tensor-cache.json (o repositório do modelo no Hugging Face, tal como criado pelo git clone).",
  "models.folder.checking": "Verificando {model}…",
  "models.folder.copying": "Copiando {model} para o Hearth…",
  "models.folder.readyOwnLibrary":
    "{model} está pronto off-line, com a biblioteca da própria pasta.",
  "models.folder.readyBuiltInLibrary":
    "{model} está pronto off-line: a biblioteca é a do {name}.",
  "models.folder.found": "Modelos nesta pasta",
  "models.folder.which": {
    one: "Esta pasta contém {count} modelo. Qual deles?",
    many: "Esta pasta contém {count} modelos. Qual deles?",
    other: "Esta pasta contém {count} modelos. Qual deles?",
  },
  "models.folder.load": "Carregar {model}",

  "models.library.url": "URL da biblioteca de {model}",
  "models.library.notWasm":
    "A URL da biblioteca de {model} deve apontar para o arquivo .wasm do modelo.",
  "models.library.use": "Usar esta biblioteca",
  "models.library.file": "Ou o arquivo .wasm dela",

  "models.add.open": "Adicionar modelo",
  "models.add.added":
    "{name} foi adicionado. Ele está selecionado na lista de modelos.",
  "models.add.title": "Adicionar um modelo",
  "models.add.hint":
    "Um modelo no formato MLC hospedado em qualquer lugar, por exemplo, no espelho de uma empresa. O Hearth o verifica antes de adicioná-lo.",
  "models.add.modelUrl": "URL do modelo",
  "models.add.libraryUrl": "URL da biblioteca do modelo",
  "models.add.name": "Nome",
  "models.add.optional": "Opcional",
  "models.add.checking": "Verificando…",
  "models.add.submit": "Adicionar modelo",
  "models.add.cancel": "Cancelar",
  "models.add.storageFull":
    "Não foi possível adicionar {name}: o armazenamento deste dispositivo está cheio. Libere espaço em disco ou exclua um modelo que você não usa mais e tente de novo.",
  "models.add.notSaved":
    "Não foi possível adicionar {name}: o navegador não conseguiu salvá-lo (o armazenamento pode estar desativado nesta janela). Tente de novo ou use uma janela normal do navegador.",

  "models.deleteAll.button": "Excluir todos os dados",
  "models.deleteAll.title": "Excluir todos os dados?",
  "models.deleteAll.text":
    "Isso remove deste navegador todos os modelos baixados, todas as conversas e todas as configurações. Não é possível desfazer.",
  "models.deleteAll.confirm": "Excluir tudo",
  "models.deleteAll.keep": "Manter meus dados",
  "models.deleteAll.failed": "Não foi possível excluir tudo. {reason}",

  // The engine: errors, fit, memory, storage, addresses, folders

  "engine.error.noWebgpu.title":
    "Este navegador não consegue executar modelos na GPU.",
  "engine.error.noWebgpu.advice":
    "Use o Chrome ou o Edge 113 ou mais recente em um computador.",
  "engine.error.noAdapter.title": "Nenhuma GPU compatível foi encontrada.",
  "engine.error.noAdapter.advice":
    "Atualize os drivers da placa de vídeo ou tente em outro computador.",
  "engine.error.shaderF16.title":
    "Este modelo precisa de shaders de ponto flutuante de 16 bits, que sua GPU não tem.",
  "engine.error.shaderF16.advice": "Escolha a versão q4f32_1 do modelo.",
  "engine.error.download.title": "Não foi possível baixar o modelo.",
  "engine.error.download.advice":
    "Um arquivo falhou repetidamente (detalhes abaixo). Verifique sua conexão e tente de novo; o que já foi baixado é mantido.",
  "engine.error.cancelled.title": "O download foi cancelado.",
  "engine.error.cancelled.advice":
    "Nada dele foi mantido. Clique em Carregar modelo para começar de novo.",
  "engine.error.network.title":
    "Não foi possível baixar o modelo: não foi possível acessar {host}.",
  "engine.error.network.titleNoHost":
    "Não foi possível baixar o modelo: o servidor dele não pôde ser acessado.",
  "engine.error.network.advice":
    "Verifique sua conexão com a internet e escolha Recarregar modelo.",
  "engine.error.quota.title":
    "Não há espaço de armazenamento suficiente para este modelo.",
  "engine.error.quota.advice":
    "Libere espaço em disco ou escolha um modelo menor e tente de novo.",
  "engine.error.diskFull.title": "O disco está cheio: o download foi pausado.",
  "engine.error.diskFull.advice":
    "Tudo o que foi baixado até agora é mantido. Libere espaço neste dispositivo ou exclua em Gerenciar modelos um modelo de que você não precisa mais e retome o download.",
  "engine.error.folder.title": "Não foi possível usar o modelo desta pasta.",
  "engine.error.folder.advice":
    "Um arquivo não corresponde ao que diz o tensor-cache.json do modelo (detalhes abaixo). Nada dele foi mantido. Copie a pasta de novo ou baixe o modelo.",
  "engine.error.storage.title":
    "O Hearth não conseguiu usar o armazenamento deste navegador.",
  "engine.error.storage.advice":
    "Confira se o disco tem espaço livre e se o navegador permite que este site armazene dados e tente de novo.",
  "engine.error.deviceLost.title":
    "A memória da GPU se esgotou ou a GPU foi reiniciada.",
  "engine.error.deviceLost.advice":
    "Recarregue o modelo ou use um menor. Suas mensagens foram mantidas.",
  "engine.error.notLoaded.title": "O modelo não está mais carregado.",
  "engine.error.notLoaded.advice":
    "Escolha Recarregar modelo para carregá-lo de novo. Suas mensagens foram mantidas.",
  "engine.error.contextWindow.title":
    "Esta conversa é maior do que o modelo consegue ler de uma vez.",
  "engine.error.contextWindow.advice":
    "Comece uma nova conversa ou escolha um modelo com uma janela de contexto maior.",
  "engine.error.modelLibrary.title":
    "Não foi possível iniciar o programa do modelo neste navegador.",
  "engine.error.modelLibrary.advice":
    "Os arquivos do modelo podem estar danificados ou ter sido gerados para outra versão do web-llm. Recarregue o modelo ou escolha outro.",
  "engine.error.offline.title": "Indisponível off-line.",
  "engine.error.offline.advice":
    "Este modelo ainda não foi baixado. Conecte-se à internet para baixá-lo ou escolha em Gerenciar modelos um modelo marcado como Pronto off-line.",
  "engine.error.workerCrashed.title": "O mecanismo parou inesperadamente.",
  "engine.error.workerCrashed.advice":
    "O Hearth o reinicia uma vez sozinho; se não der certo, escolha Recarregar modelo. Suas mensagens foram mantidas.",
  "engine.error.unknown.title": "Algo deu errado no mecanismo.",
  "engine.error.unknown.advice":
    "Escolha Recarregar modelo para tentar de novo. Suas mensagens foram mantidas.",

  "engine.worker.restarted": "O mecanismo foi reiniciado.",
  "engine.worker.crashed": "O worker do mecanismo travou.",
  "engine.worker.unreadable":
    "O mecanismo enviou uma mensagem que não pôde ser lida.",
  "engine.worker.stoppedResponding": "O mecanismo parou de responder.",

  "engine.load.offline": "O navegador informa que não há conexão de rede.",
  "engine.gpuLock.takenOver": "Outra guia assumiu a GPU.",
  "engine.gpuLock.unloadedNotice":
    "Outra guia do Hearth assumiu a GPU, por isso o modelo foi descarregado aqui. Clique em Carregar modelo para retomá-la.",
  "engine.restart.loadingNotice":
    "O mecanismo parou inesperadamente, então o Hearth iniciou um novo e está carregando o modelo de novo. Suas mensagens foram mantidas.",
  "engine.restart.doneNotice":
    "O mecanismo parou inesperadamente e foi reiniciado. Suas mensagens foram mantidas.",

  "engine.gpu.unknownVendor": "fabricante desconhecido",
  "engine.gpu.unknownArchitecture": "arquitetura desconhecida",
  "engine.gpu.noF16Build":
    "Sua GPU não tem shaders de ponto flutuante de 16 bits (shader-f16), e {name} não tem versão sem eles, então não vai carregar aqui. Escolha outro modelo.",
  "engine.gpu.pickedF32":
    "Sua GPU não tem shaders de ponto flutuante de 16 bits (shader-f16), então o Hearth escolheu a versão q4f32_1 de {name}; ela precisa de mais memória da GPU ({size}).",

  "engine.fit.runsWell": "roda bem",
  "engine.fit.mayBeTight": "pode ficar apertado",
  "engine.fit.wontRun": "não vai rodar",
  "engine.fit.device.software": "um renderizador de software na CPU",
  "engine.fit.device.mobile": "uma GPU de celular ou tablet",
  "engine.fit.device.unified":
    "um chip Apple que compartilha a memória com o sistema",
  "engine.fit.device.integrated":
    "uma GPU integrada que compartilha a memória do sistema",
  "engine.fit.device.discrete": "uma placa de vídeo com memória própria",
  "engine.fit.reason.noShaderF16":
    "ele precisa de shaders de ponto flutuante de 16 bits (shader-f16), que esta GPU não tem",
  "engine.fit.reason.missingFeatures":
    "ele precisa de recursos de GPU que este navegador não tem ({features})",
  "engine.fit.reason.bindingTooSmall":
    "esta GPU só permite buffers de armazenamento de {size}, abaixo do mínimo de 128 MB do web-llm",
  "engine.fit.reason.bufferTooBig":
    "ele precisa de buffers de GPU de {size}, mais do que esta GPU permite ({limit})",
  "engine.fit.reason.smallDevicesOnly":
    "ele precisa de buffers de armazenamento de 1 GB e esta GPU permite {size}; aqui só rodam modelos feitos para dispositivos pequenos",
  "engine.fit.have": "cerca de {size}",
  "engine.fit.reason.needUnknown":
    "o Hearth não sabe de quanta memória da GPU ele precisa (nem o registro nem o tamanho do download dele informam)",
  "engine.fit.needEstimated":
    "cerca de {size} (estimativa a partir do download de {weights})",
  "engine.fit.reason.overBudget":
    "ele precisa de {need} de memória da GPU, e este dispositivo ({device}) pode oferecer {have}",
  "engine.fit.reason.overGuess":
    "ele precisa de {need} de memória da GPU, e o Hearth calcula que este dispositivo ({device}) tenha {have}; a memória pode acabar",
  "engine.fit.reason.software":
    "esta GPU é {device}, então todos os modelos rodam muito devagar",
  "engine.fit.reason.close":
    "ele precisa de {need} de memória da GPU, perto do que este dispositivo ({device}) provavelmente pode oferecer: {have}",
  "engine.fit.reason.within":
    "ele precisa de {need} de memória da GPU, bem abaixo do que este dispositivo provavelmente tem: {have}",
  "engine.fit.reason.weightsOverBudget":
    "só os pesos dele ocupam {weights}, e este dispositivo ({device}) pode oferecer {have}",
  "engine.fit.reason.estimateOverBudget":
    "o Hearth estima que ele precisa de {size} de memória da GPU (a partir do download de {weights}), e este dispositivo ({device}) tem {have}; a memória pode acabar",
  "engine.suggest.runsWell": "{name} deve rodar bem aqui: {reason}.",
  "engine.suggest.insteadRunsWell":
    "Sugerido para este dispositivo: {name} ({quantization}), porque {first} roda bem aqui: {reason}.",
  "engine.suggest.insteadMayBeTight":
    "Sugerido para este dispositivo: {name} ({quantization}), porque {first} pode ficar apertado aqui: {reason}.",
  "engine.suggest.insteadWontRun":
    "Sugerido para este dispositivo: {name} ({quantization}), porque {first} não vai rodar aqui: {reason}.",
  "engine.suggest.smallest":
    "Sugerido para este dispositivo: {name} ({quantization}), o menor Llama, porque nenhum modelo deve conseguir rodar bem aqui.",

  "engine.memory.stated": "{size} de VRAM",
  "engine.memory.estimated": "cerca de {size} de VRAM (estimativa)",
  "engine.memory.unknown": "memória da GPU desconhecida",
  "engine.entryLabel.withQuantization": "{name} · {quantization} · {memory}",
  "engine.entryLabel.plain": "{name} · {memory}",

  "engine.space.refusal":
    "Este modelo precisa de {need}, e há {free} livres. Libere espaço ou escolha um modelo menor.",
  "engine.diskFull.heldModel": "{name} ({size})",
  "engine.list.separator": ", ",
  "engine.list.and": "{items} e {last}",
  "engine.diskFull.adviceNoOther":
    "{stored} de {total} estão armazenados e mantidos; o modelo precisa de mais {more}. O Hearth não tem nenhum outro modelo, então o espaço precisa vir de outro lugar deste dispositivo. Libere pelo menos {more} e clique em Retomar.",
  "engine.diskFull.adviceOthers":
    "{stored} de {total} estão armazenados e mantidos; o modelo precisa de mais {more}. O Hearth também guarda {models}: excluir um deles em Gerenciar modelos libera o espaço que ele ocupa. Libere pelo menos {more} e clique em Retomar.",

  "engine.address.notAddress":
    "{label} não é um endereço da Web. Ele deve começar com https://",
  "engine.address.notHttp":
    "{label} deve começar com https:// (ou http:// para um servidor local).",
  "engine.address.notFolder":
    "{label} deve ser o endereço de uma pasta, sem ? nem #.",

  "engine.addModel.modelUrl": "URL do modelo",
  "engine.addModel.libraryUrl": "URL da biblioteca do modelo",
  "engine.addModel.notWasm":
    "A URL da biblioteca do modelo deve apontar para o arquivo .wasm do modelo.",
  "engine.addModel.notFound":
    "Nenhum modelo MLC foi encontrado nesse endereço: {detail}. A URL do modelo deve ser a pasta que contém mlc-chat-config.json e tensor-cache.json (os arquivos são lidos de <URL>/resolve/main/).",

  "engine.folder.badConfig": "{file} em {model} não é um JSON válido.",
  "engine.folder.noShards":
    "{file} em {model} não tem lista de fragmentos de pesos.",
  "engine.folder.missing": {
    one: "Falta um arquivo em {model}: {files}. Copie a pasta inteira do modelo e tente de novo.",
    many: "Faltam {count} arquivos em {model}: {files}. Copie a pasta inteira do modelo e tente de novo.",
    other:
      "Faltam {count} arquivos em {model}: {files}. Copie a pasta inteira do modelo e tente de novo.",
  },
  "engine.folder.moreFiles": "{files}, …",
  "engine.folder.noLibrary":
    "{model} não tem biblioteca do modelo (.wasm) na pasta, e o Hearth não tem nenhum modelo integrado com esse nome de onde tirar uma. Informe a biblioteca abaixo: o endereço dela ou o arquivo .wasm.",
  "engine.folder.host": "uma pasta neste dispositivo",
  "engine.folder.hostWithLibrary":
    "uma pasta neste dispositivo, biblioteca de {host}",
  "engine.stored.filesMissing": {
    one: "Falta {count} de {total} arquivos. Exclua o modelo e baixe-o de novo.",
    many: "Faltam {count} de {total} arquivos. Exclua o modelo e baixe-o de novo.",
    other:
      "Faltam {count} de {total} arquivos. Exclua o modelo e baixe-o de novo.",
  },
  "engine.stored.damaged": "Alguns arquivos estão faltando ou incorretos.",

  // The engine worker: downloads, Verify, Save to folder, storage

  "worker.error.unknown": "Erro desconhecido",
  "worker.storageFailure.full":
    "O navegador não conseguiu armazenar mais nada: o disco, ou o espaço que o navegador permite para este site, está cheio.",
  "worker.storageFailure.failed":
    "O navegador não conseguiu ler nem gravar no armazenamento deste site.",
  "worker.download.diskFull":
    "O disco encheu durante o download: {stored} de {total} bytes estão armazenados e foram mantidos.",
  "worker.download.fileProblem": "{file}: {reason}",
  "worker.download.busy": "o servidor está ocupado ({status})",
  "worker.download.linkExpired": "o link de download expirou ({status})",
  "worker.download.answered": "o servidor respondeu {status} {statusText}",
  "worker.download.answeredStatus": "o servidor respondeu {status}",
  "worker.download.damagedTwice":
    "ele chegou danificado duas vezes (o checksum MD5 não corresponde ao tensor-cache.json). O servidor pode estar oferecendo uma cópia corrompida: tente de novo mais tarde ou use outro servidor para este modelo",
  "worker.download.connectionFailed": "a conexão falhou ({reason})",
  "worker.download.failed": "não foi possível baixá-lo",
  "worker.verify.webPage":
    "o servidor enviou uma página da Web em vez do arquivo",
  "worker.verify.size": "esperados {expected} bytes, recebidos {received}",
  "worker.verify.json": "o servidor enviou JSON em vez dos pesos do modelo",
  "worker.verify.notWasm": "não é uma biblioteca de modelo WebAssembly",
  "worker.verify.damaged":
    "ele chegou danificado (o checksum MD5 não corresponde ao tensor-cache.json)",
  "worker.verify.integrity":
    "o hash de integridade não corresponde ao do registro do modelo",
  "worker.verify.invalidJson": "não é um JSON válido",
  "worker.verify.notObject": "não é um objeto JSON",
  "worker.verify.noShards": "não tem lista de fragmentos de pesos",
  "worker.rehash.damaged": {
    one: "{names} não corresponde ao checksum MD5: está danificado neste disco. Use Reparar para baixá-lo de novo.",
    many: "{names} não correspondem aos checksums MD5: estão danificados neste disco. Use Reparar para baixá-los de novo.",
    other:
      "{names} não correspondem aos checksums MD5: estão danificados neste disco. Use Reparar para baixá-los de novo.",
  },
  "worker.saveFolder.incomplete":
    "Este modelo não foi baixado por completo, então não há nada inteiro para salvar. Baixe-o primeiro.",
  "worker.saveFolder.missing":
    "{name} não está no armazenamento deste navegador. Verifique o modelo ou baixe-o de novo.",
  "worker.saveFolder.notAllowed":
    "O Hearth não recebeu permissão para gravar nessa pasta. Escolha a pasta de novo e permita que o Hearth salve alterações.",
  "worker.saveFolder.diskFull":
    "O disco da pasta está cheio: não foi possível gravar {name}. Libere espaço ou escolha uma pasta em outro disco.",
  "worker.saveFolder.readOnly":
    "Não foi possível gravar {name}: a pasta pode ser somente leitura, ou o arquivo está aberto em outro programa.",
  "worker.saveFolder.unreadable":
    "Não foi possível copiar {name}: a pasta foi movida ou removida, ou a cópia armazenada neste navegador não pode mais ser lida (clique em Verificar no modelo).",
  "worker.saveFolder.failed": "Não foi possível gravar {name} nessa pasta.",
  "worker.storage.quota":
    "Não foi possível salvar suas mensagens mais recentes: o armazenamento deste dispositivo está cheio. Libere espaço em disco ou exclua conversas antigas. Até lá, mantenha esta guia aberta para não perder nada.",
  "worker.storage.unavailable":
    "Não é possível salvar conversas nesta janela do navegador (o armazenamento está desativado ou indisponível, como em algumas janelas anônimas). Mantenha esta guia aberta ou exporte a conversa para não perder nada.",
  "worker.storage.unknown":
    "Não foi possível salvar suas mensagens mais recentes: o navegador não conseguiu gravá-las no disco (ele pode estar cheio). O Hearth continua tentando; até lá, mantenha esta guia aberta para não perder nada.",
  "worker.storage.deleteBlocked":
    "Outra guia do Hearth ainda está usando os dados armazenados. Feche as outras guias do Hearth e tente de novo.",

  // Attachments, import and export

  "files.attach.button": "Anexar arquivos",
  "files.attach.buttonTitle":
    "Anexar arquivos (texto, Markdown, CSV, JSON, HTML, código, PDF)",
  "files.attach.tooLarge":
    "{name} tem {size}; o Hearth lê arquivos de até {max}.",
  "files.attach.unsupported":
    "{name} não é um tipo de arquivo que o Hearth consegue ler. O Hearth lê texto, Markdown, CSV, JSON, HTML, código-fonte e PDF.",
  "files.attach.binary":
    "{name} parece ser um arquivo binário, não texto. O Hearth lê texto, Markdown, CSV, JSON, HTML, código-fonte e PDF.",
  "files.attach.empty": "{name} não tem texto para ler.",
  "files.attach.scannedPdf":
    "{name}: este PDF é formado por imagens digitalizadas; o Hearth só consegue ler texto.",
  "files.attach.passwordPdf":
    "{name} está protegido por senha. Remova a senha (imprima-o como um novo PDF) e anexe-o de novo.",
  "files.attach.corruptPdf":
    "Não foi possível ler {name} como PDF: o arquivo está danificado ou não é de fato um PDF.",
  "files.attach.failed": "O Hearth não conseguiu ler o arquivo: {detail}",
  "files.attach.readerStopped":
    "O leitor de arquivos do Hearth parou inesperadamente.",
  "files.attach.couldNotRead": "O Hearth não conseguiu ler {name}.",
  "files.attach.notSaved":
    "Não foi possível salvar os anexos: eles estão sendo usados agora, mas vão sumir depois de recarregar a página.",

  "files.chip.pages": {
    one: "{n} página",
    many: "{n} páginas",
    other: "{n} páginas",
  },
  "files.chip.lines": {
    one: "{n} linha",
    many: "{n} linhas",
    other: "{n} linhas",
  },
  "files.chip.kilobytes": "{n} KB",
  "files.chip.meta": "{extent}, {size}",
  "files.chip.open": "Ler o texto que o Hearth extraiu",
  "files.chip.remove": "Remover {name}",
  "files.text.label": "Texto de {name}",
  "files.text.close": "Fechar",
  "files.composer.attached": "Arquivos anexados",
  "files.composer.reading": "Lendo {names}…",
  "files.composer.dismiss": "Dispensar",
  "files.message.attachments": "Arquivos enviados com esta mensagem",

  "files.sources.whole": "Leu todo o conteúdo de {name}",
  "files.sources.passages": {
    one: "Usou {count} trecho de {name} ({places})",
    many: "Usou {count} trechos de {name} ({places})",
    other: "Usou {count} trechos de {name} ({places})",
  },
  "files.sources.pages": {
    one: "página {pages}",
    many: "páginas {pages}",
    other: "páginas {pages}",
  },
  "files.sources.page": "página {n}",
  "files.sources.line": "linha {n}",
  "files.sources.lines": "linhas {start}–{end}",
  "files.sources.passage": "{name}, {place}",
  "files.search.snippet": "{name}: {snippet}",

  "files.transfer.menu": "Exportar e importar",
  "files.transfer.exportJson": "Exportar todas as conversas como JSON",
  "files.transfer.exportMarkdown": "Exportar todas as conversas como Markdown",
  "files.transfer.import": "Importar conversas",
  "files.transfer.importFile": "Arquivo de conversas para importar",
  "files.count.chats": {
    zero: "nenhuma conversa",
    one: "{n} conversa",
    many: "{n} conversas",
    other: "{n} conversas",
  },
  "files.count.savedPrompts": {
    zero: "nenhum prompt salvo",
    one: "{n} prompt salvo",
    many: "{n} prompts salvos",
    other: "{n} prompts salvos",
  },
  "files.export.done": "Exportação concluída: {chats}.",
  "files.export.doneWithPrompts": "Exportação concluída: {chats} e {prompts}.",
  "files.import.done": "Importação concluída: {chats}.",
  "files.import.doneWithPrompts": "Importação concluída: {chats} e {prompts}.",
  "files.import.alreadyHere": {
    one: "{n} já estava aqui.",
    many: "{n} já estavam aqui.",
    other: "{n} já estavam aqui.",
  },
  "files.import.doneAndSkipped": "{imported} {skipped}",
  "files.import.notSaved": "As conversas não foram importadas. {reason}",
  "files.import.refused":
    "O arquivo não foi importado: {reason}. Nada foi alterado.",
  "files.import.problemAt": "{place}: {problem}",

  "files.import.place.within": "{place}, {part}",
  "files.import.place.file": "O arquivo",
  "files.import.place.exportDate": "A data de exportação do arquivo",
  "files.import.place.conversations": "As conversas do arquivo",
  "files.import.place.conversation": "Conversa {n}",
  "files.import.place.message": "mensagem {n}",
  "files.import.place.errorField": "{field} do erro",
  "files.import.place.attachment": "anexos, anexo {n}",
  "files.import.place.attachmentId": "anexo {n}",
  "files.import.place.passage": "trecho {n}",
  "files.import.place.source": "fonte {n}",
  "files.import.place.savedPrompts": "Os prompts salvos do arquivo",
  "files.import.place.savedPrompt": "Prompt salvo {n}",
  "files.import.field.id": "id",
  "files.import.field.title": "título",
  "files.import.field.messages": "mensagens",
  "files.import.field.settings": "configurações",
  "files.import.field.createdAt": "data de criação",
  "files.import.field.updatedAt": "data da última atividade",
  "files.import.field.promptUpdatedAt": "data da última alteração",
  "files.import.field.systemPrompt": "prompt do sistema",
  "files.import.field.temperature": "temperatura",
  "files.import.field.topP": "top-p",
  "files.import.field.maxTokens": "tamanho máximo da resposta",
  "files.import.field.role": "papel",
  "files.import.field.content": "conteúdo",
  "files.import.field.status": "status",
  "files.import.field.usage": "uso",
  "files.import.field.promptTokens": "tokens do prompt",
  "files.import.field.completionTokens": "tokens da resposta",
  "files.import.field.prefillTokensPerSecond": "prefillTokensPerSecond",
  "files.import.field.decodeTokensPerSecond": "decodeTokensPerSecond",
  "files.import.field.timeToFirstTokenSeconds": "timeToFirstTokenSeconds",
  "files.import.field.modelId": "modelo",
  "files.import.field.error": "erro",
  "files.import.field.code": "código",
  "files.import.field.detail": "detalhe",
  "files.import.field.parentId": "mensagem pai",
  "files.import.field.activeId": "mensagem ativa",
  "files.import.field.attachments": "anexos",
  "files.import.field.attachmentIds": "anexos",
  "files.import.field.attachmentId": "anexo",
  "files.import.field.name": "nome",
  "files.import.field.kind": "categoria",
  "files.import.field.mime": "tipo",
  "files.import.field.size": "tamanho",
  "files.import.field.sha256": "hash",
  "files.import.field.pages": "páginas",
  "files.import.field.lines": "linhas",
  "files.import.field.text": "texto",
  "files.import.field.passages": "trechos",
  "files.import.field.page": "página",
  "files.import.field.lineStart": "primeira linha",
  "files.import.field.lineEnd": "última linha",
  "files.import.field.whole": "inteiro",
  "files.import.field.sources": "fontes",
  "files.import.field.addedAt": "data de inclusão",

  "files.import.kind.null": "vazio (null)",
  "files.import.kind.list": "uma lista",
  "files.import.kind.object": "um objeto",
  "files.import.kind.text": "texto",
  "files.import.kind.number": "um número",
  "files.import.kind.boolean": "um booleano (true ou false)",
  "files.import.mustBeObjectIs": "deve ser um objeto, mas é {kind}",
  "files.import.mustBeTextIs": "deve ser texto, mas é {kind}",
  "files.import.mustBeNumberIs": "deve ser um número, mas é {kind}",
  "files.import.mustBeListIs": "deve ser uma lista, mas é {kind}",
  "files.import.mustBeObject": "deve ser um objeto",
  "files.import.mustBeText": "deve ser texto",
  "files.import.mustBeList": "deve ser uma lista",
  "files.import.forbiddenKey": "contém a chave proibida “{key}”",
  "files.import.unknownField": "tem um campo desconhecido, “{field}”",
  "files.import.missingField": "não tem o campo “{field}”",
  "files.import.tooLong": "tem mais de {max} caracteres",
  "files.import.empty": "está vazio",
  "files.import.notText":
    "contém caracteres que não são texto (caracteres de controle ou Unicode corrompido)",
  "files.import.idChars": "só pode conter letras, dígitos, “-” e “_”",
  "files.import.promptId":
    "só pode conter letras, dígitos, “-” e “_” (de 1 a 128 deles)",
  "files.import.between": "deve estar entre {min} e {max}",
  "files.import.wholeNumber": "deve ser um número inteiro",
  "files.import.count": "deve ser um número inteiro, 0 ou maior",
  "files.import.time":
    "deve ser uma data e hora (um número inteiro a partir de 0)",
  "files.import.trueOrFalse": "deve ser true ou false",
  "files.import.oneOf": "deve ser um destes valores: {options}",
  "files.import.tooManyEntries": "tem mais de {max} entradas",
  "files.import.tooManyItems": "tem mais de {max} itens",
  "files.import.duplicateConversations": "duas conversas têm o mesmo id",
  "files.import.duplicateMessages": "duas mensagens têm o mesmo id",
  "files.import.duplicateAttachments": "dois anexos têm o mesmo id",
  "files.import.duplicatePrompts": "dois prompts têm o mesmo id",
  "files.import.notHearth":
    "não é uma exportação do Hearth (o “format” dele não é “{format}”)",
  "files.import.version":
    "tem a versão {found}, e este Hearth lê a versão {version}",
  "files.import.tooLarge": "o arquivo é maior que {size}",
  "files.import.notJson": "o arquivo não é um JSON válido ({detail})",
  "files.import.tooManyMessages":
    "o arquivo tem mais de {max} mensagens no total",
  "files.import.tree.mixed":
    "algumas mensagens indicam uma mensagem pai e outras não",
  "files.import.tree.missingParent":
    "indica uma mensagem (“{id}”) que não está nesta conversa",
  "files.import.tree.noRoot":
    "não têm primeira mensagem: todas indicam uma mensagem pai, então formam um ciclo",
  "files.import.tree.twoRoots":
    "têm duas raízes: primeiras mensagens de papéis diferentes, que não podem ser versões de uma mesma mensagem",
  "files.import.tree.loop":
    "forma um ciclo: seguindo as mensagens pai, volta-se à mesma mensagem",
  "files.import.tree.missingActive":
    "indica uma mensagem que não está nesta conversa",

  "files.markdown.systemPrompt": "Prompt do sistema",
  "files.markdown.you": "Você",
  "files.markdown.assistant": "Assistente",
  "files.markdown.roleWithNote": "{role} {note}",
  "files.markdown.stopped": "(interrompida)",
  "files.markdown.failed": "(falhou antes de terminar)",
  "files.markdown.interrupted": "(interrompida)",
};

export default catalog;
