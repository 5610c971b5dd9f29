import type { Catalog } from "./messages";

// Korean: polite 합니다/하세요 sentences, as Chrome's and Windows' Korean UI; short noun phrases on buttons.
const catalog: Catalog = {
  // Units

  "unit.gigabytes": "{n}GB",
  "unit.megabytes": "{n}MB",
  "unit.seconds": "{n}초",
  "unit.minutes": "{n}분",
  "unit.hoursMinutes": "{h}시간 {m}분",
  "unit.none": "–",

  // The shell: sidebar, top bar, notices, Device panel, prompts, install and update

  "shell.language": "언어",

  "shell.app.allDataDeleted": "모든 데이터를 삭제했습니다.",

  "shell.sidebar.label": "대화",
  "shell.sidebar.newChat": "새 채팅",
  "shell.sidebar.newChatTip": "새 채팅(Ctrl+Shift+O)",
  "shell.sidebar.searchLabel": "채팅 검색",
  "shell.sidebar.searchPlaceholder": "모든 메시지 검색",
  "shell.sidebar.listLabel": "대화 목록",
  "shell.sidebar.matches": {
    zero: "일치하는 채팅이 없습니다.",
    other: "일치하는 채팅 {count}개",
  },
  "shell.sidebar.showMore": {
    other: "채팅 더보기(이전 채팅 {count}개)",
  },
  "shell.sidebarToggle.label": "대화",

  "shell.theme.label": "어두운 테마",
  "shell.theme.toLight": "밝은 테마로 전환",
  "shell.theme.toDark": "어두운 테마로 전환",
  "shell.install.label": "앱 설치",
  "shell.install.tip": "Hearth를 앱으로 설치",
  "shell.network.label": "네트워크",
  "shell.network.offline": "오프라인",
  "shell.network.offlineTip":
    "네트워크에 연결되어 있지 않습니다. 대화와 다운로드한 모델은 계속 사용할 수 있습니다.",

  "shell.status.label": "모델 상태",
  "shell.status.idle": "불러온 모델 없음",
  "shell.status.loading": "{name} 불러오는 중",
  "shell.status.percent": "{percent}%",
  "shell.status.ready": "준비됨",
  "shell.status.generating": "작성 중…",
  "shell.status.failed": "오류로 중지됨",
  "shell.status.rateTip": "마지막 답변의 디코드 속도",
  "shell.status.rate": "{rate}tok/s",

  "shell.update.label": "업데이트",
  "shell.update.available": "업데이트 가능",
  "shell.update.availableWaiting":
    "업데이트 가능 · 답변이 끝나면 새로고침하세요",
  "shell.update.reload": "새로고침",

  "shell.notices.linuxHelp":
    "Linux에서는 {flags}에서 “Unsafe WebGPU Support”와 “Vulkan”을 사용 설정한 다음 브라우저를 다시 시작하세요.",
  "shell.notices.noWebgpu.title":
    "이 브라우저에서는 Hearth의 모델을 실행할 수 없습니다",
  "shell.notices.noWebgpu.body":
    "Hearth는 WebGPU를 통해 내 GPU에서 Llama를 실행하는데, 이 브라우저는 WebGPU를 지원하지 않습니다. Windows, macOS 또는 ChromeOS에서 Chrome이나 Edge 113 이상을 사용하세요. {linuxHelp}",
  "shell.notices.noAdapter.title": "호환되는 GPU를 찾을 수 없습니다",
  "shell.notices.noAdapter.body":
    "Hearth는 WebGPU를 통해 내 GPU에서 Llama를 실행하는데, 이 브라우저에서 사용할 수 있는 GPU가 없습니다. 그래픽 드라이버를 업데이트하고, 브라우저 설정에서 하드웨어 가속이 켜져 있는지 확인한 다음, 데스크톱 컴퓨터에서 Chrome이나 Edge 113 이상을 사용하세요. {linuxHelp}",
  "shell.notices.gpuBusy.title": "다른 Hearth 탭에서 GPU를 사용하고 있습니다",
  "shell.notices.gpuBusy.body":
    "모델을 하나 더 불러오면 GPU 메모리가 부족해질 수 있으므로 이 탭에서는 모델을 불러오지 않습니다. ‘이 탭에서 사용’을 누르면 다른 탭의 모델을 내리고 여기서 불러옵니다.",
  "shell.notices.gpuBusy.takeOver": "이 탭에서 사용",
  "shell.notices.failure.details": "세부정보",
  "shell.notices.failure.reload": "모델 다시 불러오기",
  "shell.notices.failure.smaller": "더 작은 모델 사용",
  "shell.notices.failure.newChat": "새 채팅",

  "shell.device.title": "기기",
  "shell.device.checkingGpu": "GPU 확인 중…",
  "shell.device.noWebgpu": "이 브라우저에서는 WebGPU를 사용할 수 없습니다.",
  "shell.device.noAdapter": "호환되는 GPU 어댑터를 찾을 수 없습니다.",
  "shell.device.vendor": "제조업체",
  "shell.device.architecture": "아키텍처",
  "shell.device.description": "설명",
  "shell.device.shaderF16": "16비트 셰이더",
  "shell.device.shaderF16Yes": "지원됨(shader-f16)",
  "shell.device.shaderF16No": "지원되지 않음",
  "shell.device.maxStorageBinding": "최대 스토리지 바인딩",
  "shell.device.maxBuffer": "최대 버퍼",
  "shell.device.engineRunsOn": "엔진 실행 위치",

  "shell.deploy.checking": "배포 확인 중…",
  "shell.deploy.label": "배포",
  "shell.deploy.secure": "보안 컨텍스트",
  "shell.deploy.secureYes": "예",
  "shell.deploy.secureNo":
    "아니요: HTTPS로 Hearth를 제공해야 합니다. 그렇지 않으면 WebGPU와 오프라인 사용이 꺼집니다",
  "shell.deploy.offline": "오프라인 사본",
  "shell.deploy.offlineReady": "준비됨({scope})",
  "shell.deploy.offlinePending": "아직 설치되지 않음",
  "shell.deploy.offlineUnsupported": "여기서는 지원되지 않음",
  "shell.deploy.swCaching": "서비스 워커 캐싱",
  "shell.deploy.version": "버전",
  "shell.deploy.caching.notChecked": "확인 안 함(오프라인)",
  "shell.deploy.caching.everyLoad": "로드할 때마다 확인({value})",
  "shell.deploy.caching.noLifetime": "유효 기간 없음({value})",
  "shell.deploy.caching.noHeader": "Cache-Control 헤더 없음",
  "shell.deploy.caching.short": "{seconds}초 동안 캐시됨({value})",
  "shell.deploy.caching.long":
    "{seconds}초 동안 캐시됨: 업데이트가 그만큼 늦게 도착할 수 있습니다. sw.js를 Cache-Control: no-cache로 제공하세요",

  "shell.hosts.title": "모델 호스트",
  "shell.hosts.modelsFrom": "모델 출처: {host}",
  "shell.hosts.modelsFromOwn": "모델 출처: {host}(내 설정)",
  "shell.hosts.modelsFromFile": "모델 출처: {host}(이 사이트의 {file})",
  "shell.hosts.librariesFrom": "라이브러리 출처: {host}",
  "shell.hosts.librariesFromOwn": "라이브러리 출처: {host}(내 설정)",
  "shell.hosts.librariesFromFile":
    "라이브러리 출처: {host}(이 사이트의 {file})",
  "shell.hosts.weightsHost": "모델 가중치 호스트",
  "shell.hosts.libraryHost": "모델 라이브러리 호스트",
  "shell.hosts.hint":
    "경로 구조가 같은 미러입니다. 모든 기본 제공 모델 주소에서 {models} 및 {libraries} 부분을 대신합니다. 비워 두면 기본값을 사용합니다.",
  "shell.hosts.saved":
    "저장했습니다. 앞으로 다운로드하는 모델은 이 호스트에서 받으며, 이미 다운로드한 모델은 기존 호스트를 그대로 사용합니다.",
  "shell.hosts.resetDone":
    "초기화했습니다. 기본 제공 모델을 다시 이 사이트의 호스트에서 받습니다.",
  "shell.hosts.save": "호스트 저장",
  "shell.hosts.reset": "호스트 초기화",

  "shell.prompts.builtIn.llama2Default.title": "Llama 2 기본값",
  "shell.prompts.builtIn.concise.title": "간결하고 직접적으로",
  "shell.prompts.builtIn.summarize.title": "요약",
  "shell.prompts.builtIn.explainCode.title": "코드 설명",
  "shell.prompts.builtIn.proofread.title": "교정",
  "shell.prompts.builtIn.translate.title": "영어로 번역",

  "shell.prompts.menu.label": "저장된 프롬프트",
  "shell.prompts.systemKind": "(시스템 프롬프트)",
  "shell.prompts.menu.manage": "저장된 프롬프트 관리…",
  "shell.prompts.menu.noMatch": "“/{query}”에 맞는 저장된 프롬프트가 없습니다.",
  "shell.prompts.menu.hint": "↑↓ 키로 선택, Enter 키로 사용, Esc 키로 닫기",
  "shell.prompts.menu.systemSet":
    "이 채팅에 “{title}” 시스템 프롬프트를 설정했습니다.",

  "shell.prompts.manager.title": "저장된 프롬프트",
  "shell.prompts.manager.close": "닫기",
  "shell.prompts.manager.empty":
    "아직 직접 만든 프롬프트가 없습니다. Hearth의 기본 제공 프롬프트는 언제든 “/” 메뉴에 있습니다.",
  "shell.prompts.manager.listLabel": "내 프롬프트",
  "shell.prompts.manager.editLabel": "{title} 프롬프트 수정",
  "shell.prompts.manager.deleteLabel": "{title} 프롬프트 삭제",
  "shell.prompts.manager.edit": "수정",
  "shell.prompts.manager.delete": "삭제",
  "shell.prompts.manager.editHeading": "프롬프트 수정",
  "shell.prompts.manager.newHeading": "새 프롬프트",
  "shell.prompts.manager.titleField": "제목",
  "shell.prompts.manager.textField": "프롬프트 내용",
  "shell.prompts.manager.systemField":
    "채팅의 시스템 프롬프트로 사용(메시지 입력란에 넣는 대신)",
  "shell.prompts.manager.saveChanges": "변경사항 저장",
  "shell.prompts.manager.add": "프롬프트 추가",
  "shell.prompts.manager.cancelEdit": "수정 취소",
  "shell.prompts.manager.saved": "“{title}” 프롬프트를 저장했습니다.",
  "shell.prompts.manager.added": "“{title}” 프롬프트를 추가했습니다.",
  "shell.prompts.manager.deleted": "“{title}” 프롬프트를 삭제했습니다.",

  "shell.prompts.problem.noTitle": "프롬프트 제목을 입력하세요.",
  "shell.prompts.problem.titleTooLong": "제목이 {max}자를 넘습니다.",
  "shell.prompts.problem.noText": "프롬프트 내용을 입력하세요.",
  "shell.prompts.problem.textTooLong": "내용이 {max}자를 넘습니다.",
  "shell.prompts.problem.readFailed": "프롬프트를 읽지 못했습니다. {reason}.",
  "shell.prompts.problem.saveFailed":
    "프롬프트를 저장하지 못했습니다. {reason}.",
  "shell.prompts.problem.deleteFailed":
    "프롬프트를 삭제하지 못했습니다. {reason}.",
  "shell.prompts.storage.quota": "이 기기의 저장 공간이 가득 찼습니다",
  "shell.prompts.storage.unavailable":
    "이 브라우저 창에서는 저장소가 꺼져 있습니다",
  "shell.prompts.storage.unknown": "브라우저가 저장을 거부했습니다",

  // The Language chooser and what the model is told

  "language.failed":
    "{name}: 불러오지 못했습니다. 연결을 확인한 다음 다시 선택하세요.",
  "language.answerIn": "모델에게 {name}로 답하도록 요청",
  "language.answerInHint":
    "자체 시스템 프롬프트가 없는 채팅에 적용됩니다. 모델은 여전히 내가 쓰는 언어로 답합니다.",

  // Chats: composer, messages, versions, settings, replies

  "chat.untitled": "새 채팅",

  "chat.composer.label": "메시지",
  "chat.composer.placeholderReady": "Llama에게 메시지 보내기",
  "chat.composer.placeholderLoading":
    "모델을 불러오는 중입니다. 먼저 입력해도 됩니다",
  "chat.composer.placeholderIdle":
    "Llama에게 메시지 보내기(먼저 모델을 불러옵니다)",
  "chat.composer.send": "보내기",
  "chat.composer.stop": "중지",

  "chat.context.label": "사용한 컨텍스트",
  "chat.context.estimate": "약 {used}/{window} 토큰(추정치)",
  "chat.context.estimateOmitted": {
    other:
      "약 {used}/{window} 토큰(추정치) · 컨텍스트 창에 맞추기 위해 가장 오래된 메시지 {count}개는 모델이 읽지 않습니다",
  },

  "chat.header.label": "이 채팅",
  "chat.header.titleInput": "채팅 제목",
  "chat.header.rename": "이름 바꾸기",
  "chat.header.renameTip": "이 채팅의 이름 바꾸기",
  "chat.header.settingsTip": "시스템 프롬프트, 온도, top-p, 답변 길이",
  "chat.header.exportTip": "이 채팅 내보내기",
  "chat.header.export": "채팅 내보내기",
  "chat.header.exportJson": "채팅을 JSON으로 내보내기",
  "chat.header.exportMarkdown": "채팅을 Markdown으로 내보내기",
  "chat.header.delete": "채팅 삭제",
  "chat.header.deleteTip": "이 채팅 삭제(실행취소 가능)",

  "chat.actions.userGroup": "내 메시지: 작업",
  "chat.actions.replyGroup": "답변: 작업",
  "chat.actions.copy": "복사",
  "chat.actions.copied": "복사됨",
  "chat.actions.copiedStatus": "클립보드에 복사했습니다.",
  "chat.actions.edit": "수정",
  "chat.actions.editTip": "수정 후 다시 보내기",
  "chat.actions.continue": "계속",
  "chat.actions.continueTip": "이 답변 이어서 쓰기",
  "chat.actions.regenerate": "다시 생성",
  "chat.actions.regenerateTip": "이 답변 다시 쓰기",
  "chat.actions.delete": "삭제",
  "chat.actions.deleteTip": "이 메시지 삭제",

  "chat.badge.interrupted":
    "중단됨: 답변이 끝나기 전에 페이지가 닫히거나 새로고침되었습니다. 작성된 내용은 보존됩니다.",
  "chat.badge.elsewhere": "다른 탭에서 작성 중…",
  "chat.badge.omitted":
    "모델이 읽지 않는 메시지입니다. 채팅이 컨텍스트 창보다 깁니다.",

  "chat.editor.label": "메시지 수정",
  "chat.editor.later": {
    other:
      "보내면 새 버전이 추가되며, 이 버전과 그 뒤의 메시지 {count}개는 그대로 보존됩니다.",
  },
  "chat.editor.send": "수정한 메시지 보내기",
  "chat.editor.cancel": "취소",

  "chat.log.label": "대화",
  "chat.welcome.intro":
    "나만의 비공개 챗봇입니다. Llama가 이 브라우저 안에서 내 GPU로 실행되며, 입력한 내용은 이 컴퓨터 밖으로 나가지 않습니다.",
  "chat.welcome.ready": "모델이 준비되었습니다. 아래에 메시지를 입력하세요.",
  "chat.welcome.loading": "모델을 불러오는 중입니다. 먼저 입력해도 됩니다.",
  "chat.welcome.idle":
    "위에서 모델을 선택하고 모델 불러오기를 누르거나, 바로 메시지를 보내세요. 선택한 모델을 먼저 불러옵니다.",

  "chat.message.you": "나",
  "chat.message.assistant": "어시스턴트",
  "chat.message.stopped": "중지됨",
  "chat.message.failed": "{title} {advice}",
  "chat.message.failedKept": "{title} 지금까지 작성된 답변은 보존됩니다.",
  "chat.message.usage": {
    other: "프리필 {prefill}tok/s · 디코드 {decode}tok/s · {tokens}토큰",
  },

  "chat.announce.stopped": "중지됨. {text}",

  "chat.settings.label": "채팅 설정",
  "chat.settings.systemPrompt": "시스템 프롬프트",
  "chat.settings.systemPromptPlaceholder": "없음: 모델의 기본 동작",
  "chat.settings.temperature": "온도",
  "chat.settings.topP": "Top-p",
  "chat.settings.maxTokens": "최대 답변 길이(토큰)",
  "chat.settings.noLimit": "제한 없음",
  "chat.settings.modelDefault": "모델 기본값",
  "chat.settings.modelDefaultValue": "모델 기본값: {value}",
  "chat.settings.note":
    "비워 둔 항목에는 {model} 자체 구성의 기본값이 사용됩니다. 모델의 온도와 top-p를 그대로 쓰고, 답변은 {window}토큰 컨텍스트 창이 가득 찰 때까지 이어질 수 있습니다.",
  "chat.settings.noteNoModel":
    "비워 둔 항목에는 모델 자체 구성의 기본값이 사용됩니다. 모델의 온도와 top-p를 그대로 쓰고, 답변은 {window}토큰 컨텍스트 창이 가득 찰 때까지 이어질 수 있습니다.",
  "chat.settings.reset": "모델 기본값으로 재설정",
  "chat.settings.close": "설정 닫기",

  "chat.undo.deletedChat": "“{title}” 채팅을 삭제했습니다.",
  "chat.undo.deletedMessages": {
    other: "메시지 {count}개를 삭제했습니다.",
  },
  "chat.undo.undo": "실행취소",
  "chat.undo.dismiss": "닫기",

  "chat.version.group": "버전 {index}/{count}",
  "chat.version.previous": "이전 버전",
  "chat.version.next": "다음 버전",

  "chat.markdown.copyCode": "코드 복사",

  "chat.markdown.copy": "복사",

  "chat.markdown.copied": "복사됨",

  "chat.markdown.copyFailed": "복사 실패",

  "chat.markdown.image": "이미지:",
  "chat.markdown.plainText": "텍스트",
  "chat.markdown.mathError": "이 수식을 표시할 수 없습니다",

  // Models: picker, first step, Models dialog, folders

  "models.facts.sizeUnknown": "다운로드 크기 알 수 없음",
  "models.facts.size": "다운로드 {size}",
  "models.facts.sizeAbout": "다운로드 약 {size}",
  "models.facts.memory": "GPU 메모리 {size}",
  "models.facts.memoryUnknown": "GPU 메모리 알 수 없음",

  "models.state.none": "다운로드 안 됨",
  "models.state.downloading": "다운로드 중 {percent}%",
  "models.state.paused": "{percent}%에서 일시중지됨",
  "models.state.ready": "오프라인 사용 가능",
  "models.state.damaged": "손상됨",
  "models.checks.sizesOnly":
    "가중치를 검증할 수 없습니다. 이 모델에는 체크섬 목록이 없어(이전 방식으로 변환된 모델) 파일 크기만 확인했습니다.",
  "models.checks.notYet":
    "Hearth가 체크섬을 확인하기 전에 저장된 가중치입니다. 검증을 눌러 확인하세요.",

  "models.amount.of": "{done}/{total}",
  "models.amount.perSecond": "{size}/s",
  "models.amount.left": "{duration} 남음",
  "models.amount.percent": "{percent}%",

  "models.progress.label": "모델 불러오기",
  "models.progress.line": "{phase}: {details}",
  "models.progress.starting": "엔진 시작 중",
  "models.progress.fetching": "모델 다운로드 중",
  "models.progress.loading": "GPU에 불러오는 중",
  "models.progress.compiling": "셰이더 컴파일 중",

  "models.picker.label": "모델",
  "models.picker.none": "모델 없음",
  "models.picker.load": "모델 불러오기",
  "models.picker.search": "모델 검색",
  "models.picker.showAll": "모든 모델 표시",
  "models.picker.list": "모델",
  "models.picker.noMatch": "“{query}”에 맞는 모델이 없습니다.",
  "models.picker.customFamily": "직접 추가한 모델",

  "models.first.title": "{model}부터 시작하세요",
  "models.first.text":
    "이 기기에 추천하는 모델입니다. 한 번 다운로드하면 오프라인에서도 작동하며, 언제든지 위에서 다른 모델을 선택할 수 있습니다.",
  "models.first.start": "다운로드 후 시작",

  "models.fit.label": "기기 적합성",
  "models.fit.noF16":
    "이 GPU는 16비트 부동소수점 셰이더(shader-f16)를 지원하지 않습니다",
  "models.fit.f16Only":
    "{model}에는 16비트 셰이더 없이 실행되는 빌드가 없어 이 기기에서는 불러올 수 없습니다. 다른 모델을 선택하세요.",
  "models.fit.f16Fallback":
    "그래서 Hearth는 {model}의 {quantization} 빌드를 선택했습니다. 이 빌드는 16비트 셰이더가 필요 없지만 GPU 메모리를 더 많이 사용합니다({memory}).",
  "models.fit.why": "이유",
  "models.fit.runsWell": "{model} · {fit}: {reason}.",
  "models.fit.risky": "{model} · {fit}. 불러올 수는 있지만 {reason}.",
  "models.fit.noneFits":
    "이 기기에서 실행될 것으로 보이는 Llama 모델이 없습니다.",
  "models.fit.useSuggested": "추천 모델 사용",
  "models.fit.dismiss": "숨기기",
  "models.fit.dismissTip": "이 모델에 대한 안내 숨기기",

  "models.dialog.open": "모델 관리",
  "models.dialog.openTip": "다운로드, 저장 공간, 직접 추가한 모델",
  "models.dialog.title": "모델",
  "models.dialog.close": "닫기",
  "models.dialog.list": "이 기기의 모델",

  "models.storage.used": "사용 중인 저장 공간",
  "models.storage.usage":
    "이 브라우저에 허용된 {quota} 중 {used} 사용 중({free} 남음)",
  "models.storage.usageWithModels":
    "이 브라우저에 허용된 {quota} 중 {used} 사용 중({free} 남음), 모델이 {models} 차지",
  "models.storage.persistent":
    "영구 저장소입니다. 브라우저가 임의로 삭제하지 않습니다.",
  "models.storage.notPersistent":
    "영구 저장소가 아닙니다. 공간이 부족하면 브라우저가 모델을 삭제할 수 있습니다.",

  "models.row.onDisk": "디스크 사용량 {size}",
  "models.row.verifying": "{model} 검증 중",
  "models.row.checking": "{done}/{total} 확인 중",
  "models.row.verified": {
    other:
      "검증됨: web-llm 캐시에 이 모델이 있고 파일 {count}개가 모두 저장되어 있습니다.",
  },
  "models.row.verifiedMd5": {
    other:
      "검증됨: web-llm 캐시에 이 모델이 있고 파일 {count}개가 모두 저장되어 있습니다. 모든 샤드가 MD5 체크섬과 일치합니다.",
  },
  "models.row.pause": "일시중지",
  "models.row.cancel": "취소",
  "models.row.resume": "재개",
  "models.row.download": "다운로드",
  "models.row.repair": "복구",
  "models.row.verify": "검증",
  "models.row.delete": "삭제",
  "models.row.remove": "제거",

  "models.save.button": "폴더에 저장",
  "models.save.cancel": "저장 취소",
  "models.save.progressLabel": "{model} 모델을 폴더에 저장하는 중",
  "models.save.progress": "{done}/{total} 저장 중",
  "models.save.cannotOpen":
    "폴더를 쓰기용으로 열 수 없습니다. 다른 폴더를 선택하세요.",
  "models.save.stopped": {
    other:
      "저장을 중지했습니다. “{folder}”에 파일 {count}개({size})를 썼으며, 쓰는 중이던 파일은 삭제했습니다.",
  },
  "models.save.saved": {
    other: "“{folder}”에 파일 {count}개({size})를 저장했습니다.",
  },
  "models.save.savedWithoutLibrary": {
    other:
      "“{folder}”에 파일 {count}개({size})를 저장했습니다. 모델 라이브러리는 이 브라우저에 저장되어 있지 않아 제외했습니다.",
  },
  "models.save.failed": "“{folder}”에 저장하지 못했습니다. {reason}",

  "models.folder.button": "폴더에서 불러오기",
  "models.folder.noModel":
    "이 폴더에서 MLC 모델을 찾을 수 없습니다. mlc-chat-config.json과 tensor-cache.json이 들어 있는 폴더(git clone으로 받은 모델의 Hugging Face 저장소)를 선택하세요.",
  "models.folder.checking": "{model} 확인 중…",
  "models.folder.copying": "{model} 모델을 Hearth로 복사하는 중…",
  "models.folder.readyOwnLibrary":
    "{model} 모델을 오프라인에서 사용할 수 있습니다. 라이브러리는 해당 폴더의 것을 사용합니다.",
  "models.folder.readyBuiltInLibrary":
    "{model} 모델을 오프라인에서 사용할 수 있습니다. 라이브러리는 {name} 기본 제공 라이브러리를 사용합니다.",
  "models.folder.found": "이 폴더의 모델",
  "models.folder.which": {
    other: "이 폴더에 모델이 {count}개 있습니다. 어떤 모델을 사용할까요?",
  },
  "models.folder.load": "{model} 불러오기",

  "models.library.url": "{model}의 라이브러리 URL",
  "models.library.notWasm":
    "{model}의 라이브러리 URL은 모델의 .wasm 파일을 가리켜야 합니다.",
  "models.library.use": "이 라이브러리 사용",
  "models.library.file": "또는 .wasm 파일",

  "models.add.open": "모델 추가",
  "models.add.added":
    "{name} 모델을 추가했습니다. 모델 목록에서 선택되어 있습니다.",
  "models.add.title": "모델 추가",
  "models.add.hint":
    "어디에든 호스팅된 MLC 형식 모델(예: 회사 미러)을 추가할 수 있습니다. Hearth가 추가하기 전에 확인합니다.",
  "models.add.modelUrl": "모델 URL",
  "models.add.libraryUrl": "모델 라이브러리 URL",
  "models.add.name": "이름",
  "models.add.optional": "선택사항",
  "models.add.checking": "확인 중…",
  "models.add.submit": "모델 추가",
  "models.add.cancel": "취소",
  "models.add.storageFull":
    "{name}을(를) 추가하지 못했습니다. 이 기기의 저장 공간이 가득 찼습니다. 디스크 공간을 확보하거나 더 이상 쓰지 않는 모델을 삭제한 다음 다시 시도하세요.",
  "models.add.notSaved":
    "{name}을(를) 추가하지 못했습니다. 브라우저가 저장하지 못했습니다(이 창에서는 저장소가 꺼져 있을 수 있습니다). 다시 시도하거나 일반 브라우저 창을 사용하세요.",

  "models.deleteAll.button": "모든 데이터 삭제",
  "models.deleteAll.title": "모든 데이터를 삭제할까요?",
  "models.deleteAll.text":
    "이 브라우저에서 다운로드한 모든 모델, 모든 대화, 모든 설정이 삭제됩니다. 이 작업은 되돌릴 수 없습니다.",
  "models.deleteAll.confirm": "모두 삭제",
  "models.deleteAll.keep": "데이터 유지",
  "models.deleteAll.failed": "일부 데이터를 삭제하지 못했습니다. {reason}",

  // The engine: errors, fit, memory, storage, addresses, folders

  "engine.error.noWebgpu.title":
    "이 브라우저에서는 GPU로 모델을 실행할 수 없습니다.",
  "engine.error.noWebgpu.advice":
    "데스크톱 컴퓨터에서 Chrome이나 Edge 113 이상을 사용하세요.",
  "engine.error.noAdapter.title": "호환되는 GPU를 찾을 수 없습니다.",
  "engine.error.noAdapter.advice":
    "그래픽 드라이버를 업데이트하거나 다른 컴퓨터를 사용해 보세요.",
  "engine.error.shaderF16.title":
    "이 모델에는 16비트 부동소수점 셰이더가 필요한데, 이 GPU는 지원하지 않습니다.",
  "engine.error.shaderF16.advice": "대신 이 모델의 q4f32_1 빌드를 선택하세요.",
  "engine.error.download.title": "모델을 다운로드하지 못했습니다.",
  "engine.error.download.advice":
    "파일 하나가 계속 실패했습니다(아래 세부정보 참고). 연결을 확인한 다음 다시 시도하세요. 이미 다운로드한 부분은 보존됩니다.",
  "engine.error.cancelled.title": "다운로드가 취소되었습니다.",
  "engine.error.cancelled.advice":
    "받은 데이터는 보존되지 않았습니다. 다시 시작하려면 모델 불러오기를 누르세요.",
  "engine.error.network.title":
    "모델을 다운로드하지 못했습니다. {host}에 연결할 수 없습니다.",
  "engine.error.network.titleNoHost":
    "모델을 다운로드하지 못했습니다. 호스트에 연결할 수 없습니다.",
  "engine.error.network.advice":
    "인터넷 연결을 확인한 다음 모델 다시 불러오기를 선택하세요.",
  "engine.error.quota.title": "이 모델을 저장할 공간이 부족합니다.",
  "engine.error.quota.advice":
    "디스크 공간을 확보하거나 더 작은 모델을 선택한 다음 다시 시도하세요.",
  "engine.error.diskFull.title":
    "디스크가 가득 차서 다운로드가 일시중지되었습니다.",
  "engine.error.diskFull.advice":
    "지금까지 다운로드한 부분은 모두 보존됩니다. 이 기기의 공간을 확보하거나 모델 관리에서 더 이상 필요 없는 모델을 삭제한 다음 재개하세요.",
  "engine.error.folder.title": "이 폴더의 모델을 사용할 수 없습니다.",
  "engine.error.folder.advice":
    "파일 하나가 모델의 tensor-cache.json 내용과 일치하지 않습니다(아래 세부정보 참고). 복사한 데이터는 보존되지 않았습니다. 폴더를 다시 복사하거나 모델을 다운로드하세요.",
  "engine.error.storage.title":
    "Hearth가 이 브라우저의 저장소를 사용할 수 없습니다.",
  "engine.error.storage.advice":
    "디스크에 여유 공간이 있는지, 브라우저가 이 사이트의 데이터 저장을 허용하는지 확인한 다음 다시 시도하세요.",
  "engine.error.deviceLost.title":
    "GPU 메모리가 부족하거나 GPU가 재설정되었습니다.",
  "engine.error.deviceLost.advice":
    "모델을 다시 불러오거나 더 작은 모델을 사용하세요. 메시지는 보존됩니다.",
  "engine.error.notLoaded.title": "모델이 더 이상 로드되어 있지 않습니다.",
  "engine.error.notLoaded.advice":
    "모델 다시 불러오기를 선택해 다시 불러오세요. 메시지는 보존됩니다.",
  "engine.error.contextWindow.title":
    "이 대화가 모델이 한 번에 읽을 수 있는 길이보다 깁니다.",
  "engine.error.contextWindow.advice":
    "새 채팅을 시작하거나 컨텍스트 창이 더 큰 모델을 선택하세요.",
  "engine.error.modelLibrary.title":
    "이 브라우저에서 모델 프로그램을 시작할 수 없습니다.",
  "engine.error.modelLibrary.advice":
    "모델 파일이 손상되었거나 다른 web-llm 버전용으로 빌드되었을 수 있습니다. 모델을 다시 불러오거나 다른 모델을 선택하세요.",
  "engine.error.offline.title": "오프라인에서는 사용할 수 없습니다.",
  "engine.error.offline.advice":
    "이 모델은 아직 다운로드되지 않았습니다. 인터넷에 연결해 다운로드하거나, 모델 관리에서 ‘오프라인 사용 가능’으로 표시된 모델을 선택하세요.",
  "engine.error.workerCrashed.title": "엔진이 예기치 않게 중지되었습니다.",
  "engine.error.workerCrashed.advice":
    "Hearth가 한 번 자동으로 다시 시작합니다. 그래도 안 되면 모델 다시 불러오기를 선택하세요. 메시지는 보존됩니다.",
  "engine.error.unknown.title": "엔진에 문제가 발생했습니다.",
  "engine.error.unknown.advice":
    "모델 다시 불러오기를 선택해 다시 시도하세요. 메시지는 보존됩니다.",

  "engine.worker.restarted": "엔진을 다시 시작했습니다.",
  "engine.worker.crashed": "엔진 워커가 비정상 종료되었습니다.",
  "engine.worker.unreadable": "엔진이 읽을 수 없는 메시지를 보냈습니다.",
  "engine.worker.stoppedResponding": "엔진이 응답하지 않습니다.",

  "engine.load.offline": "브라우저에 네트워크 연결이 없다고 표시됩니다.",
  "engine.gpuLock.takenOver": "다른 탭이 GPU를 가져갔습니다.",
  "engine.gpuLock.unloadedNotice":
    "다른 Hearth 탭이 GPU를 가져가서 이 탭의 모델을 내렸습니다. 다시 가져오려면 모델 불러오기를 누르세요.",
  "engine.restart.loadingNotice":
    "엔진이 예기치 않게 중지되어 Hearth가 새 엔진을 시작하고 모델을 다시 불러오는 중입니다. 메시지는 보존됩니다.",
  "engine.restart.doneNotice":
    "엔진이 예기치 않게 중지되어 다시 시작했습니다. 메시지는 보존됩니다.",

  "engine.gpu.unknownVendor": "알 수 없는 제조업체",
  "engine.gpu.unknownArchitecture": "알 수 없는 아키텍처",
  "engine.gpu.noF16Build":
    "이 GPU는 16비트 부동소수점 셰이더(shader-f16)를 지원하지 않는데, {name}에는 이 셰이더 없이 실행되는 빌드가 없어 이 기기에서는 불러올 수 없습니다. 다른 모델을 선택하세요.",
  "engine.gpu.pickedF32":
    "이 GPU는 16비트 부동소수점 셰이더(shader-f16)를 지원하지 않으므로 Hearth가 {name}의 q4f32_1 빌드를 선택했습니다. 이 빌드는 GPU 메모리를 더 많이 사용합니다({size}).",

  "engine.fit.runsWell": "원활히 실행",
  "engine.fit.mayBeTight": "빠듯할 수 있음",
  "engine.fit.wontRun": "실행 불가",
  "engine.fit.device.software": "CPU에서 동작하는 소프트웨어 렌더러",
  "engine.fit.device.mobile": "휴대전화 또는 태블릿 GPU",
  "engine.fit.device.unified": "시스템과 메모리를 공유하는 Apple silicon",
  "engine.fit.device.integrated": "시스템 메모리를 공유하는 내장 GPU",
  "engine.fit.device.discrete": "전용 메모리가 있는 그래픽 카드",
  "engine.fit.reason.noShaderF16":
    "16비트 부동소수점 셰이더(shader-f16)가 필요한데 이 GPU는 지원하지 않습니다",
  "engine.fit.reason.missingFeatures":
    "이 브라우저에 없는 GPU 기능이 필요합니다({features})",
  "engine.fit.reason.bindingTooSmall":
    "이 GPU가 허용하는 스토리지 버퍼는 {size}뿐이라 web-llm의 최소 요구치인 128MB에 못 미칩니다",
  "engine.fit.reason.bufferTooBig":
    "{size} 크기의 GPU 버퍼가 필요한데 이 GPU의 허용치({limit})보다 큽니다",
  "engine.fit.reason.smallDevicesOnly":
    "1GB 스토리지 버퍼가 필요한데 이 GPU는 {size}까지만 허용합니다. 이 기기에서는 소형 기기용으로 빌드된 모델만 실행됩니다",
  "engine.fit.have": "약 {size}",
  "engine.fit.reason.needUnknown":
    "GPU 메모리가 얼마나 필요한지 Hearth가 알 수 없습니다(모델 정보에도, 다운로드 크기에도 나와 있지 않음)",
  "engine.fit.needEstimated": "추정치 {size}({weights} 다운로드 기준)",
  "engine.fit.reason.overBudget":
    "GPU 메모리가 {need} 필요한데 이 기기({device})에서 제공할 수 있는 양은 {have}입니다",
  "engine.fit.reason.overGuess":
    "GPU 메모리가 {need} 필요한데, Hearth가 추정한 이 기기({device})의 메모리는 {have}입니다. 메모리가 부족할 수 있습니다",
  "engine.fit.reason.software":
    "이 GPU({device})에서는 모든 모델이 매우 느리게 실행됩니다",
  "engine.fit.reason.close":
    "GPU 메모리가 {need} 필요하며, 이 기기({device})에서 제공할 수 있을 것으로 보이는 {have}에 가깝습니다",
  "engine.fit.reason.within":
    "GPU 메모리가 {need} 필요하며, 이 기기에 있을 것으로 보이는 {have} 안에 여유 있게 들어갑니다",
  "engine.fit.reason.weightsOverBudget":
    "가중치만 {weights}인데 이 기기({device})에서 제공할 수 있는 양은 {have}입니다",
  "engine.fit.reason.estimateOverBudget":
    "Hearth가 추정한 필요 GPU 메모리는 {size}({weights} 다운로드 기준)이고 이 기기({device})의 메모리는 {have}입니다. 메모리가 부족할 수 있습니다",
  "engine.suggest.runsWell":
    "{name} 모델은 이 기기에서 원활히 실행될 것입니다. {reason}.",
  "engine.suggest.insteadRunsWell":
    "이 기기 추천 모델: {name}({quantization}). {first} 모델은 이 기기에서 원활히 실행됩니다. {reason}.",
  "engine.suggest.insteadMayBeTight":
    "이 기기 추천 모델: {name}({quantization}). {first} 모델은 이 기기에서 빠듯할 수 있습니다. {reason}.",
  "engine.suggest.insteadWontRun":
    "이 기기 추천 모델: {name}({quantization}). {first} 모델은 이 기기에서 실행되지 않습니다. {reason}.",
  "engine.suggest.smallest":
    "이 기기 추천 모델: {name}({quantization}). 이 기기에서 원활히 실행될 모델이 없어 가장 작은 Llama를 추천합니다.",

  "engine.memory.stated": "VRAM {size}",
  "engine.memory.estimated": "VRAM 약 {size}(추정)",
  "engine.memory.unknown": "GPU 메모리 알 수 없음",
  "engine.entryLabel.withQuantization": "{name} · {quantization} · {memory}",
  "engine.entryLabel.plain": "{name} · {memory}",

  "engine.space.refusal":
    "이 모델에 필요한 공간은 {need}이고 남은 공간은 {free}입니다. 공간을 확보하거나 더 작은 모델을 선택하세요.",
  "engine.diskFull.heldModel": "{name}({size})",
  "engine.list.separator": ", ",
  "engine.list.and": "{items} 및 {last}",
  "engine.diskFull.adviceNoOther":
    "전체 {total} 중 {stored}까지 저장되었으며 그대로 보존됩니다. 공간이 {more} 더 필요합니다. Hearth에는 다른 모델이 없으므로 이 기기의 다른 곳에서 공간을 확보해야 합니다. {more} 이상 확보한 다음 재개를 누르세요.",
  "engine.diskFull.adviceOthers":
    "전체 {total} 중 {stored}까지 저장되었으며 그대로 보존됩니다. 공간이 {more} 더 필요합니다. Hearth에는 {models}도 저장되어 있으며, 모델 관리에서 삭제하면 그만큼 공간이 확보됩니다. {more} 이상 확보한 다음 재개를 누르세요.",

  "engine.address.notAddress":
    "{label}: 웹 주소가 아닙니다. https://로 시작해야 합니다.",
  "engine.address.notHttp":
    "{label}: https://로 시작해야 합니다(로컬 서버는 http:// 가능).",
  "engine.address.notFolder": "{label}: ?나 # 없이 폴더 주소여야 합니다.",

  "engine.addModel.modelUrl": "모델 URL",
  "engine.addModel.libraryUrl": "모델 라이브러리 URL",
  "engine.addModel.notWasm":
    "모델 라이브러리 URL은 모델의 .wasm 파일을 가리켜야 합니다.",
  "engine.addModel.notFound":
    "이 주소에서 MLC 모델을 찾을 수 없습니다: {detail}. 모델 URL은 mlc-chat-config.json과 tensor-cache.json이 들어 있는 폴더여야 합니다(파일은 <URL>/resolve/main/에서 읽습니다).",

  "engine.folder.badConfig": "{model}의 {file}: 올바른 JSON이 아닙니다.",
  "engine.folder.noShards": "{model}의 {file}에 가중치 샤드 목록이 없습니다.",
  "engine.folder.missing": {
    other:
      "{model}에 파일 {count}개가 없습니다: {files}. 모델 폴더 전체를 복사한 다음 다시 시도하세요.",
  },
  "engine.folder.moreFiles": "{files}, …",
  "engine.folder.noLibrary":
    "{model} 폴더에 모델 라이브러리(.wasm)가 없고, Hearth에도 라이브러리를 가져올 같은 이름의 기본 제공 모델이 없습니다. 아래에 라이브러리 주소나 .wasm 파일을 지정하세요.",
  "engine.folder.host": "이 기기의 폴더",
  "engine.folder.hostWithLibrary": "이 기기의 폴더, 라이브러리 출처: {host}",
  "engine.stored.filesMissing": {
    other:
      "파일 {total}개 중 {count}개가 없습니다. 삭제한 다음 다시 다운로드하세요.",
  },
  "engine.stored.damaged": "일부 파일이 없거나 잘못되었습니다.",

  // The engine worker: downloads, Verify, Save to folder, storage

  "worker.error.unknown": "알 수 없는 오류",
  "worker.storageFailure.full":
    "브라우저가 더 이상 저장할 수 없습니다. 디스크 또는 브라우저가 이 사이트에 허용한 공간이 가득 찼습니다.",
  "worker.storageFailure.failed":
    "브라우저가 이 사이트의 저장소를 읽거나 쓰지 못했습니다.",
  "worker.download.diskFull":
    "다운로드 중에 디스크가 가득 찼습니다. {total}바이트 중 {stored}바이트가 저장되어 보존됩니다.",
  "worker.download.fileProblem": "{file}: {reason}",
  "worker.download.busy": "서버 사용량이 많습니다({status})",
  "worker.download.linkExpired": "다운로드 링크가 만료되었습니다({status})",
  "worker.download.answered": "서버 응답: {status} {statusText}",
  "worker.download.answeredStatus": "서버 응답: {status}",
  "worker.download.damagedTwice":
    "두 번 모두 손상된 상태로 받았습니다(MD5 체크섬이 tensor-cache.json과 일치하지 않음). 호스트가 손상된 사본을 제공하고 있을 수 있습니다. 나중에 다시 시도하거나 이 모델에 다른 호스트를 사용하세요",
  "worker.download.connectionFailed": "연결에 실패했습니다({reason})",
  "worker.download.failed": "다운로드할 수 없습니다",
  "worker.verify.webPage": "서버가 파일 대신 웹페이지를 보냈습니다",
  "worker.verify.size":
    "{expected}바이트를 예상했지만 {received}바이트를 받았습니다",
  "worker.verify.json": "서버가 모델 가중치 대신 JSON을 보냈습니다",
  "worker.verify.notWasm": "WebAssembly 모델 라이브러리가 아닙니다",
  "worker.verify.damaged":
    "손상된 상태로 받았습니다(MD5 체크섬이 tensor-cache.json과 일치하지 않음)",
  "worker.verify.integrity": "무결성 해시가 모델 정보의 값과 일치하지 않습니다",
  "worker.verify.invalidJson": "올바른 JSON이 아닙니다",
  "worker.verify.notObject": "JSON 객체가 아닙니다",
  "worker.verify.noShards": "가중치 샤드 목록이 없습니다",
  "worker.rehash.damaged": {
    other:
      "{names}: MD5 체크섬이 일치하지 않습니다. 이 디스크에서 손상되었습니다. 복구를 누르면 다시 받아옵니다.",
  },
  "worker.saveFolder.incomplete":
    "이 모델은 다운로드가 완료되지 않아 온전히 저장할 내용이 없습니다. 먼저 다운로드하세요.",
  "worker.saveFolder.missing":
    "이 브라우저의 저장소에 {name} 파일이 없습니다. 모델을 검증하거나 다시 다운로드하세요.",
  "worker.saveFolder.notAllowed":
    "Hearth에 이 폴더에 쓸 권한이 없습니다. 폴더를 다시 선택하고 Hearth가 변경사항을 저장하도록 허용하세요.",
  "worker.saveFolder.diskFull":
    "폴더가 있는 디스크가 가득 차서 {name} 파일을 쓰지 못했습니다. 공간을 확보하거나 다른 디스크의 폴더를 선택하세요.",
  "worker.saveFolder.readOnly":
    "{name} 파일을 쓰지 못했습니다. 폴더가 읽기 전용이거나 다른 프로그램에서 파일을 열고 있을 수 있습니다.",
  "worker.saveFolder.unreadable":
    "{name} 파일을 복사하지 못했습니다. 폴더가 이동 또는 삭제되었거나, 이 브라우저에 저장된 사본을 더 이상 읽을 수 없습니다(모델을 검증하세요).",
  "worker.saveFolder.failed": "{name} 파일을 이 폴더에 쓰지 못했습니다.",
  "worker.storage.quota":
    "최근 메시지를 저장하지 못했습니다. 이 기기의 저장 공간이 가득 찼습니다. 디스크 공간을 확보하거나 오래된 채팅을 삭제하세요. 그때까지 내용이 사라지지 않도록 이 탭을 열어 두세요.",
  "worker.storage.unavailable":
    "이 브라우저 창에서는 채팅을 저장할 수 없습니다(일부 시크릿 창처럼 저장소가 꺼져 있거나 사용할 수 없음). 내용이 사라지지 않도록 이 탭을 열어 두거나 채팅을 내보내세요.",
  "worker.storage.unknown":
    "최근 메시지를 저장하지 못했습니다. 브라우저가 디스크에 쓰지 못했습니다(디스크가 가득 찼을 수 있음). Hearth가 계속 시도하니, 그때까지 내용이 사라지지 않도록 이 탭을 열어 두세요.",
  "worker.storage.deleteBlocked":
    "다른 Hearth 탭에서 저장된 데이터를 아직 사용하고 있습니다. 다른 Hearth 탭을 닫고 다시 시도하세요.",

  // Attachments, import and export

  "files.attach.button": "파일 첨부",
  "files.attach.buttonTitle":
    "파일 첨부(텍스트, Markdown, CSV, JSON, HTML, 코드, PDF)",
  "files.attach.tooLarge":
    "{name}의 크기는 {size}입니다. Hearth는 최대 {max}까지의 파일을 읽을 수 있습니다.",
  "files.attach.unsupported":
    "{name}: Hearth가 읽을 수 없는 파일 형식입니다. Hearth는 텍스트, Markdown, CSV, JSON, HTML, 소스 코드, PDF를 읽을 수 있습니다.",
  "files.attach.binary":
    "{name}: 텍스트가 아닌 바이너리 파일로 보입니다. Hearth는 텍스트, Markdown, CSV, JSON, HTML, 소스 코드, PDF를 읽을 수 있습니다.",
  "files.attach.empty": "{name}: 읽을 텍스트가 없습니다.",
  "files.attach.scannedPdf":
    "{name}: 스캔한 이미지로 된 PDF입니다. Hearth는 텍스트만 읽을 수 있습니다.",
  "files.attach.passwordPdf":
    "{name}: 비밀번호로 보호되어 있습니다. 비밀번호를 제거한 다음(새 PDF로 인쇄) 다시 첨부하세요.",
  "files.attach.corruptPdf":
    "{name}: PDF로 읽을 수 없습니다. 파일이 손상되었거나 실제 PDF가 아닙니다.",
  "files.attach.failed": "Hearth가 파일을 읽지 못했습니다: {detail}",
  "files.attach.readerStopped":
    "Hearth의 파일 판독기가 예기치 않게 중지되었습니다.",
  "files.attach.couldNotRead": "Hearth가 {name} 파일을 읽지 못했습니다.",
  "files.attach.notSaved":
    "첨부파일을 저장하지 못했습니다. 지금은 사용되지만 새로고침하면 사라집니다.",

  "files.chip.pages": { other: "{n}페이지" },
  "files.chip.lines": { other: "{n}줄" },
  "files.chip.kilobytes": "{n}KB",
  "files.chip.meta": "{extent}, {size}",
  "files.chip.open": "Hearth가 추출한 텍스트 보기",
  "files.chip.remove": "{name} 제거",
  "files.text.label": "{name}의 텍스트",
  "files.text.close": "닫기",
  "files.composer.attached": "첨부한 파일",
  "files.composer.reading": "{names} 읽는 중…",
  "files.composer.dismiss": "닫기",
  "files.message.attachments": "이 메시지와 함께 보낸 파일",

  "files.sources.whole": "{name} 전체를 읽음",
  "files.sources.passages": {
    other: "{name}에서 구절 {count}개 사용({places})",
  },
  "files.sources.pages": { other: "{pages}페이지" },
  "files.sources.page": "{n}페이지",
  "files.sources.line": "{n}행",
  "files.sources.lines": "{start}–{end}행",
  "files.sources.passage": "{name}, {place}",
  "files.search.snippet": "{name}: {snippet}",

  "files.transfer.menu": "내보내기 및 가져오기",
  "files.transfer.exportJson": "모든 채팅을 JSON으로 내보내기",
  "files.transfer.exportMarkdown": "모든 채팅을 Markdown으로 내보내기",
  "files.transfer.import": "채팅 가져오기",
  "files.transfer.importFile": "가져올 채팅 파일",
  "files.count.chats": { other: "채팅 {n}개" },
  "files.count.savedPrompts": {
    other: "저장된 프롬프트 {n}개",
  },
  "files.export.done": "{chats}를 내보냈습니다.",
  "files.export.doneWithPrompts": "{chats}와 {prompts}를 내보냈습니다.",
  "files.import.done": "{chats}를 가져왔습니다.",
  "files.import.doneWithPrompts": "{chats}와 {prompts}를 가져왔습니다.",
  "files.import.alreadyHere": {
    other: "{n}개는 이미 있습니다.",
  },
  "files.import.doneAndSkipped": "{imported} {skipped}",
  "files.import.notSaved": "채팅을 가져오지 못했습니다. {reason}",
  "files.import.refused":
    "파일을 가져오지 않았습니다. {reason}. 변경된 내용은 없습니다.",
  "files.import.problemAt": "{place}: {problem}",

  "files.import.place.within": "{place}, {part}",
  "files.import.place.file": "파일",
  "files.import.place.exportDate": "파일의 내보낸 날짜",
  "files.import.place.conversations": "파일의 대화 목록",
  "files.import.place.conversation": "대화 {n}",
  "files.import.place.message": "메시지 {n}",
  "files.import.place.errorField": "오류 {field}",
  "files.import.place.attachment": "첨부파일 목록, 첨부파일 {n}",
  "files.import.place.attachmentId": "첨부파일 {n}",
  "files.import.place.passage": "구절 {n}",
  "files.import.place.source": "출처 {n}",
  "files.import.place.savedPrompts": "파일의 저장된 프롬프트",
  "files.import.place.savedPrompt": "저장된 프롬프트 {n}",
  "files.import.field.id": "id",
  "files.import.field.title": "제목",
  "files.import.field.messages": "메시지",
  "files.import.field.settings": "설정",
  "files.import.field.createdAt": "생성 시간",
  "files.import.field.updatedAt": "마지막 활동 시간",
  "files.import.field.promptUpdatedAt": "마지막 변경 시간",
  "files.import.field.systemPrompt": "시스템 프롬프트",
  "files.import.field.temperature": "온도",
  "files.import.field.topP": "top-p",
  "files.import.field.maxTokens": "최대 답변 길이",
  "files.import.field.role": "역할",
  "files.import.field.content": "내용",
  "files.import.field.status": "상태",
  "files.import.field.usage": "사용량",
  "files.import.field.promptTokens": "프롬프트 토큰",
  "files.import.field.completionTokens": "답변 토큰",
  "files.import.field.prefillTokensPerSecond": "prefillTokensPerSecond",
  "files.import.field.decodeTokensPerSecond": "decodeTokensPerSecond",
  "files.import.field.timeToFirstTokenSeconds": "timeToFirstTokenSeconds",
  "files.import.field.modelId": "모델",
  "files.import.field.error": "오류",
  "files.import.field.code": "코드",
  "files.import.field.detail": "세부정보",
  "files.import.field.parentId": "부모",
  "files.import.field.activeId": "활성 메시지",
  "files.import.field.attachments": "첨부파일",
  "files.import.field.attachmentIds": "첨부파일",
  "files.import.field.attachmentId": "첨부파일",
  "files.import.field.name": "이름",
  "files.import.field.kind": "종류",
  "files.import.field.mime": "유형",
  "files.import.field.size": "크기",
  "files.import.field.sha256": "해시",
  "files.import.field.pages": "페이지",
  "files.import.field.lines": "줄",
  "files.import.field.text": "텍스트",
  "files.import.field.passages": "구절",
  "files.import.field.page": "페이지",
  "files.import.field.lineStart": "첫 줄",
  "files.import.field.lineEnd": "마지막 줄",
  "files.import.field.whole": "전체",
  "files.import.field.sources": "출처",
  "files.import.field.addedAt": "추가된 시간",

  "files.import.kind.null": "빈 값(null)",
  "files.import.kind.list": "목록",
  "files.import.kind.object": "객체",
  "files.import.kind.text": "텍스트",
  "files.import.kind.number": "숫자",
  "files.import.kind.boolean": "true 또는 false",
  "files.import.mustBeObjectIs": "객체여야 하지만 {kind}입니다",
  "files.import.mustBeTextIs": "텍스트여야 하지만 {kind}입니다",
  "files.import.mustBeNumberIs": "숫자여야 하지만 {kind}입니다",
  "files.import.mustBeListIs": "목록이어야 하지만 {kind}입니다",
  "files.import.mustBeObject": "객체여야 합니다",
  "files.import.mustBeText": "텍스트여야 합니다",
  "files.import.mustBeList": "목록이어야 합니다",
  "files.import.forbiddenKey": "사용할 수 없는 “{key}” 키가 있습니다",
  "files.import.unknownField": "알 수 없는 “{field}” 필드가 있습니다",
  "files.import.missingField": "“{field}” 필드가 없습니다",
  "files.import.tooLong": "{max}자를 넘습니다",
  "files.import.empty": "비어 있습니다",
  "files.import.notText":
    "텍스트가 아닌 문자(제어 문자 또는 깨진 유니코드)가 들어 있습니다",
  "files.import.idChars": "문자, 숫자, “-”, “_”만 사용할 수 있습니다",
  "files.import.promptId": "문자, 숫자, “-”, “_”만 사용할 수 있습니다(1~128자)",
  "files.import.between": "{min}에서 {max} 사이여야 합니다",
  "files.import.wholeNumber": "정수여야 합니다",
  "files.import.count": "0 이상의 정수여야 합니다",
  "files.import.time": "시간 값(0 이상의 정수)이어야 합니다",
  "files.import.trueOrFalse": "true 또는 false여야 합니다",
  "files.import.oneOf": "다음 중 하나여야 합니다: {options}",
  "files.import.tooManyEntries": "항목이 {max}개를 넘습니다",
  "files.import.tooManyItems": "요소가 {max}개를 넘습니다",
  "files.import.duplicateConversations": "두 대화의 id가 같습니다",
  "files.import.duplicateMessages": "두 메시지의 id가 같습니다",
  "files.import.duplicateAttachments": "두 첨부파일의 id가 같습니다",
  "files.import.duplicatePrompts": "두 프롬프트의 id가 같습니다",
  "files.import.notHearth":
    "Hearth 내보내기 파일이 아닙니다(“format” 값이 다름, 필요한 값: “{format}”)",
  "files.import.version":
    "파일 버전은 {found}이고, 이 Hearth가 읽을 수 있는 버전은 {version}입니다",
  "files.import.tooLarge": "파일이 {size}보다 큽니다",
  "files.import.notJson": "파일이 올바른 JSON이 아닙니다({detail})",
  "files.import.tooManyMessages": "파일에 든 메시지가 모두 {max}개를 넘습니다",
  "files.import.tree.mixed": "일부 메시지에만 부모가 지정되어 있습니다",
  "files.import.tree.missingParent":
    "이 대화에 없는 메시지(“{id}”)를 가리킵니다",
  "files.import.tree.noRoot":
    "첫 메시지가 없습니다. 모든 메시지가 부모를 가리켜 순환을 이룹니다",
  "files.import.tree.twoRoots":
    "루트가 두 개입니다. 역할이 서로 다른 첫 메시지는 한 메시지의 버전일 수 없습니다",
  "files.import.tree.loop":
    "순환을 이룹니다. 부모를 따라가면 같은 메시지로 돌아옵니다",
  "files.import.tree.missingActive": "이 대화에 없는 메시지를 가리킵니다",

  "files.markdown.systemPrompt": "시스템 프롬프트",
  "files.markdown.you": "나",
  "files.markdown.assistant": "어시스턴트",
  "files.markdown.roleWithNote": "{role} {note}",
  "files.markdown.stopped": "(중지됨)",
  "files.markdown.failed": "(완료 전에 실패함)",
  "files.markdown.interrupted": "(중단됨)",
};

export default catalog;
