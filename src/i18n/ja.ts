import type { Catalog } from "./messages";

// Japanese: polite です/ます sentences, as Chrome's and Windows' Japanese UI; short noun or verb phrases on buttons.
const catalog: Catalog = {
  // Units
  "unit.gigabytes": "{n} GB",
  "unit.megabytes": "{n} MB",
  "unit.seconds": "{n}秒",
  "unit.minutes": "{n}分",
  "unit.hoursMinutes": "{h}時間{m}分",
  "unit.none": "–",

  // The shell: sidebar, top bar, notices, Device panel, prompts, install and update

  "shell.language": "言語",

  "shell.app.allDataDeleted": "すべてのデータを削除しました。",

  "shell.sidebar.label": "会話",
  "shell.sidebar.newChat": "新しいチャット",
  "shell.sidebar.newChatTip": "新しいチャット（Ctrl+Shift+O）",
  "shell.sidebar.searchLabel": "チャットを検索",
  "shell.sidebar.searchPlaceholder": "すべてのメッセージを検索",
  "shell.sidebar.listLabel": "会話の一覧",
  "shell.sidebar.matches": {
    zero: "一致するチャットはありません。",
    other: "{count}件のチャットが一致しました。",
  },
  "shell.sidebar.showMore": {
    other: "さらに表示（以前のチャット{count}件）",
  },
  "shell.sidebarToggle.label": "会話",

  "shell.theme.label": "ダークテーマ",
  "shell.theme.toLight": "ライトテーマに切り替え",
  "shell.theme.toDark": "ダークテーマに切り替え",
  "shell.install.label": "アプリをインストール",
  "shell.install.tip": "Hearthをアプリとしてインストール",
  "shell.network.label": "ネットワーク",
  "shell.network.offline": "オフライン",
  "shell.network.offlineTip":
    "ネットワークに接続されていません。会話とダウンロード済みのモデルは引き続き使えます。",

  "shell.status.label": "モデルの状態",
  "shell.status.idle": "モデル未読み込み",
  "shell.status.loading": "{name}を読み込み中",
  "shell.status.percent": "{percent}%",
  "shell.status.ready": "準備完了",
  "shell.status.generating": "生成中…",
  "shell.status.failed": "エラーで停止",
  "shell.status.rateTip": "直前の返答のデコード速度",
  "shell.status.rate": "{rate} tok/s",

  "shell.update.label": "アップデート",
  "shell.update.available": "アップデートがあります",
  "shell.update.availableWaiting":
    "アップデートがあります · 返答が終わったら再読み込みしてください",
  "shell.update.reload": "再読み込み",

  "shell.notices.linuxHelp":
    "Linuxの場合は{flags}を開き、「Unsafe WebGPU Support」と「Vulkan」を有効にしてから、ブラウザーを再起動してください。",
  "shell.notices.noWebgpu.title":
    "このブラウザーではHearthのモデルを実行できません",
  "shell.notices.noWebgpu.body":
    "HearthはWebGPUを使ってお使いのGPUでLlamaを実行しますが、このブラウザーはWebGPUに対応していません。Windows、macOS、ChromeOSで、ChromeまたはEdgeのバージョン113以降をお使いください。{linuxHelp}",
  "shell.notices.noAdapter.title": "対応するGPUが見つかりません",
  "shell.notices.noAdapter.body":
    "HearthはWebGPUを使ってお使いのGPUでLlamaを実行しますが、このブラウザーから利用できるGPUがありませんでした。グラフィックスドライバーを更新し、ブラウザーの設定でハードウェアアクセラレーションが有効になっていることを確認したうえで、デスクトップパソコンでChromeまたはEdgeのバージョン113以降をお使いください。{linuxHelp}",
  "shell.notices.gpuBusy.title": "別のHearthタブがGPUを使用しています",
  "shell.notices.gpuBusy.body":
    "モデルをもう1つ読み込むとGPUのメモリが不足するおそれがあるため、このタブではモデルを読み込みません。「引き継ぐ」を押すと、もう一方のタブのモデルを解放して、このタブで読み込みます。",
  "shell.notices.gpuBusy.takeOver": "引き継ぐ",
  "shell.notices.failure.details": "詳細",
  "shell.notices.failure.reload": "モデルを再読み込み",
  "shell.notices.failure.smaller": "小さいモデルを使う",
  "shell.notices.failure.newChat": "新しいチャット",

  "shell.device.title": "デバイス",
  "shell.device.checkingGpu": "GPUを確認しています…",
  "shell.device.noWebgpu": "このブラウザーではWebGPUを利用できません。",
  "shell.device.noAdapter": "対応するGPUアダプターが見つかりませんでした。",
  "shell.device.vendor": "ベンダー",
  "shell.device.architecture": "アーキテクチャ",
  "shell.device.description": "説明",
  "shell.device.shaderF16": "16ビットシェーダー",
  "shell.device.shaderF16Yes": "対応（shader-f16）",
  "shell.device.shaderF16No": "非対応",
  "shell.device.maxStorageBinding": "最大ストレージバインディング",
  "shell.device.maxBuffer": "最大バッファー",
  "shell.device.engineRunsOn": "エンジンの実行先",

  "shell.deploy.checking": "デプロイを確認しています…",
  "shell.deploy.label": "デプロイ",
  "shell.deploy.secure": "セキュアコンテキスト",
  "shell.deploy.secureYes": "はい",
  "shell.deploy.secureNo":
    "いいえ：HearthをHTTPSで配信してください。そうしないとWebGPUとオフライン利用が無効になります",
  "shell.deploy.offline": "オフライン用コピー",
  "shell.deploy.offlineReady": "準備完了（{scope}）",
  "shell.deploy.offlinePending": "未インストール",
  "shell.deploy.offlineUnsupported": "この環境では非対応",
  "shell.deploy.swCaching": "Service Workerのキャッシュ",
  "shell.deploy.version": "バージョン",
  "shell.deploy.caching.notChecked": "未確認（オフライン）",
  "shell.deploy.caching.everyLoad": "読み込みのたびに確認（{value}）",
  "shell.deploy.caching.noLifetime": "有効期間の指定なし（{value}）",
  "shell.deploy.caching.noHeader": "Cache-Controlヘッダーなし",
  "shell.deploy.caching.short": "{seconds}秒間キャッシュ（{value}）",
  "shell.deploy.caching.long":
    "{seconds}秒間キャッシュされるため、更新の反映が最大でその分遅れます。sw.jsはCache-Control: no-cacheで配信してください",

  "shell.hosts.title": "モデルのホスト",
  "shell.hosts.modelsFrom": "モデルの取得元：{host}",
  "shell.hosts.modelsFromOwn": "モデルの取得元：{host}（ユーザー設定）",
  "shell.hosts.modelsFromFile": "モデルの取得元：{host}（このサイトの{file}）",
  "shell.hosts.librariesFrom": "ライブラリの取得元：{host}",
  "shell.hosts.librariesFromOwn": "ライブラリの取得元：{host}（ユーザー設定）",
  "shell.hosts.librariesFromFile":
    "ライブラリの取得元：{host}（このサイトの{file}）",
  "shell.hosts.weightsHost": "モデルの重みのホスト",
  "shell.hosts.libraryHost": "モデルライブラリのホスト",
  "shell.hosts.hint":
    "同じパス構成のミラーを指定します。すべての組み込みモデルのアドレスにある{models}と{libraries}が置き換えられます。空欄の場合は既定値が使われます。",
  "shell.hosts.saved":
    "保存しました。今後ダウンロードするモデルはこれらのホストから取得されます。ダウンロード済みのモデルは元のホストのままです。",
  "shell.hosts.resetDone":
    "リセットしました。組み込みモデルは再びこのサイトのホストから取得されます。",
  "shell.hosts.save": "ホストを保存",
  "shell.hosts.reset": "ホストをリセット",

  "shell.prompts.builtIn.llama2Default.title": "Llama 2 標準",
  "shell.prompts.builtIn.concise.title": "簡潔に答える",
  "shell.prompts.builtIn.summarize.title": "要約",
  "shell.prompts.builtIn.explainCode.title": "コードの解説",
  "shell.prompts.builtIn.proofread.title": "校正",
  "shell.prompts.builtIn.translate.title": "英語に翻訳",

  "shell.prompts.menu.label": "保存したプロンプト",
  "shell.prompts.systemKind": "（システムプロンプト）",
  "shell.prompts.menu.manage": "保存したプロンプトを管理…",
  "shell.prompts.menu.noMatch":
    "「/{query}」に一致する保存済みプロンプトはありません。",
  "shell.prompts.menu.hint": "↑↓で選択、Enterで使用、Escで閉じる",
  "shell.prompts.menu.systemSet":
    "このチャットのシステムプロンプトを「{title}」に設定しました。",

  "shell.prompts.manager.title": "保存したプロンプト",
  "shell.prompts.manager.close": "閉じる",
  "shell.prompts.manager.empty":
    "自分で作成したプロンプトはまだありません。Hearthの組み込みプロンプトは、いつでも「/」メニューから使えます。",
  "shell.prompts.manager.listLabel": "自分のプロンプト",
  "shell.prompts.manager.editLabel": "プロンプト「{title}」を編集",
  "shell.prompts.manager.deleteLabel": "プロンプト「{title}」を削除",
  "shell.prompts.manager.edit": "編集",
  "shell.prompts.manager.delete": "削除",
  "shell.prompts.manager.editHeading": "プロンプトを編集",
  "shell.prompts.manager.newHeading": "新しいプロンプト",
  "shell.prompts.manager.titleField": "タイトル",
  "shell.prompts.manager.textField": "プロンプトの本文",
  "shell.prompts.manager.systemField":
    "チャットのシステムプロンプトとして使う（メッセージ欄には入力しない）",
  "shell.prompts.manager.saveChanges": "変更を保存",
  "shell.prompts.manager.add": "プロンプトを追加",
  "shell.prompts.manager.cancelEdit": "編集をキャンセル",
  "shell.prompts.manager.saved": "「{title}」を保存しました。",
  "shell.prompts.manager.added": "「{title}」を追加しました。",
  "shell.prompts.manager.deleted": "「{title}」を削除しました。",

  "shell.prompts.problem.noTitle": "プロンプトのタイトルを入力してください。",
  "shell.prompts.problem.titleTooLong": "タイトルが{max}文字を超えています。",
  "shell.prompts.problem.noText": "プロンプトの本文を入力してください。",
  "shell.prompts.problem.textTooLong": "本文が{max}文字を超えています。",
  "shell.prompts.problem.readFailed":
    "プロンプトを読み込めませんでした：{reason}。",
  "shell.prompts.problem.saveFailed":
    "プロンプトを保存できませんでした：{reason}。",
  "shell.prompts.problem.deleteFailed":
    "プロンプトを削除できませんでした：{reason}。",
  "shell.prompts.storage.quota": "このデバイスのストレージがいっぱいです",
  "shell.prompts.storage.unavailable":
    "このブラウザーウィンドウではストレージが無効になっています",
  "shell.prompts.storage.unknown": "ブラウザーが保存を拒否しました",

  // The Language chooser and what the model is told

  "language.failed":
    "{name}を読み込めませんでした。接続を確認してから、もう一度選択してください。",
  "language.answerIn": "モデルに{name}で答えるよう指示する",
  "language.answerInHint":
    "独自のシステムプロンプトがないチャットに適用されます。なお、モデルは入力された言語で答えます。",

  // Chats: composer, messages, versions, settings, replies

  "chat.untitled": "新しいチャット",

  "chat.composer.label": "メッセージ",
  "chat.composer.placeholderReady": "Llamaにメッセージを送信",
  "chat.composer.placeholderLoading":
    "モデルを読み込み中です。入力を始められます",
  "chat.composer.placeholderIdle":
    "Llamaにメッセージを送信（先にモデルが読み込まれます）",
  "chat.composer.send": "送信",
  "chat.composer.stop": "停止",

  "chat.context.label": "使用中のコンテキスト",
  "chat.context.estimate": "{window}トークン中、約{used}トークン（推定）",
  "chat.context.estimateOmitted": {
    other:
      "{window}トークン中、約{used}トークン（推定）· コンテキストウィンドウに収めるため、古いメッセージ{count}件はモデルに渡されません",
  },

  "chat.header.label": "このチャット",
  "chat.header.titleInput": "チャットのタイトル",
  "chat.header.rename": "名前を変更",
  "chat.header.renameTip": "このチャットの名前を変更",
  "chat.header.settingsTip": "システムプロンプト、温度、top-p、返答の長さ",
  "chat.header.exportTip": "このチャットをエクスポート",
  "chat.header.export": "チャットをエクスポート",
  "chat.header.exportJson": "チャットをJSONでエクスポート",
  "chat.header.exportMarkdown": "チャットをMarkdownでエクスポート",
  "chat.header.delete": "チャットを削除",
  "chat.header.deleteTip": "このチャットを削除（元に戻せます）",

  "chat.actions.userGroup": "自分のメッセージの操作",
  "chat.actions.replyGroup": "返答の操作",
  "chat.actions.copy": "コピー",
  "chat.actions.copied": "コピー済み",
  "chat.actions.copiedStatus": "クリップボードにコピーしました。",
  "chat.actions.edit": "編集",
  "chat.actions.editTip": "編集して再送信",
  "chat.actions.continue": "続ける",
  "chat.actions.continueTip": "この返答の続きを生成",
  "chat.actions.regenerate": "再生成",
  "chat.actions.regenerateTip": "この返答をもう一度生成",
  "chat.actions.delete": "削除",
  "chat.actions.deleteTip": "このメッセージを削除",

  "chat.badge.interrupted":
    "中断されました：返答が終わる前にページが閉じられたか、再読み込みされました。生成された部分は残っています。",
  "chat.badge.elsewhere": "別のタブで生成中…",
  "chat.badge.omitted":
    "モデルに渡されていません：チャットがコンテキストウィンドウより長くなっています。",

  "chat.editor.label": "メッセージを編集",
  "chat.editor.later": {
    other:
      "送信すると新しいバージョンが追加されます。このメッセージと、それ以降の{count}件のメッセージは残ります。",
  },
  "chat.editor.send": "編集したメッセージを送信",
  "chat.editor.cancel": "キャンセル",

  "chat.log.label": "会話",
  "chat.welcome.intro":
    "プライベートなチャットボットです。Llamaはこのブラウザーの中で、お使いのGPUを使って動作します。入力した内容がこのデバイスの外に送られることはありません。",
  "chat.welcome.ready":
    "モデルの準備ができました。下にメッセージを入力してください。",
  "chat.welcome.loading": "モデルを読み込み中です。入力を始められます。",
  "chat.welcome.idle":
    "上部でモデルを選んで「モデルを読み込む」を押すか、そのままメッセージを送信してください。選んだモデルが先に読み込まれます。",

  "chat.message.you": "あなた",
  "chat.message.assistant": "アシスタント",
  "chat.message.stopped": "停止しました",
  "chat.message.failed": "{title}{advice}",
  "chat.message.failedKept": "{title}ここまでの返答は残っています。",
  "chat.message.usage": {
    other:
      "プリフィル {prefill} tok/s · デコード {decode} tok/s · {tokens}トークン",
  },

  "chat.announce.stopped": "停止しました。{text}",

  "chat.settings.label": "チャットの設定",
  "chat.settings.systemPrompt": "システムプロンプト",
  "chat.settings.systemPromptPlaceholder": "なし：モデル本来の動作",
  "chat.settings.temperature": "温度",
  "chat.settings.topP": "Top-p",
  "chat.settings.maxTokens": "返答の最大長（トークン）",
  "chat.settings.noLimit": "制限なし",
  "chat.settings.modelDefault": "モデルの既定値",
  "chat.settings.modelDefaultValue": "モデルの既定値：{value}",
  "chat.settings.note":
    "空欄の項目には、{model}自体の設定にある既定値が使われます。温度とtop-pはその値になり、返答は{window}トークンのコンテキストウィンドウがいっぱいになるまで続くことがあります。",
  "chat.settings.noteNoModel":
    "空欄の項目には、モデル自体の設定にある既定値が使われます。温度とtop-pはその値になり、返答は{window}トークンのコンテキストウィンドウがいっぱいになるまで続くことがあります。",
  "chat.settings.reset": "モデルの既定値に戻す",
  "chat.settings.close": "設定を閉じる",

  "chat.undo.deletedChat": "チャット「{title}」を削除しました。",
  "chat.undo.deletedMessages": {
    other: "{count}件のメッセージを削除しました。",
  },
  "chat.undo.undo": "元に戻す",
  "chat.undo.dismiss": "閉じる",

  "chat.version.group": "バージョン {index}/{count}",
  "chat.version.previous": "前のバージョン",
  "chat.version.next": "次のバージョン",

  "chat.markdown.copyCode": "コードをコピー",

  "chat.markdown.copy": "コピー",

  "chat.markdown.copied": "コピーしました",

  "chat.markdown.copyFailed": "コピーできませんでした",

  "chat.markdown.image": "画像：",
  "chat.markdown.plainText": "テキスト",
  "chat.markdown.mathError": "この数式は表示できませんでした",

  // Models: picker, first step, Models dialog, folders

  "models.facts.sizeUnknown": "ダウンロードサイズ不明",
  "models.facts.size": "ダウンロード {size}",
  "models.facts.sizeAbout": "ダウンロード 約{size}",
  "models.facts.memory": "GPUメモリ {size}",
  "models.facts.memoryUnknown": "GPUメモリ不明",

  "models.state.none": "未ダウンロード",
  "models.state.downloading": "ダウンロード中 {percent}%",
  "models.state.paused": "一時停止中 {percent}%",
  "models.state.ready": "オフラインで使用可能",
  "models.state.damaged": "破損",
  "models.checks.sizesOnly":
    "重みを検証できませんでした。このモデルにはチェックサムがない（古い変換）ため、サイズのみを確認しました。",
  "models.checks.notYet":
    "この重みは、Hearthがチェックサムを確認するようになる前に保存されたものです。「検証」を押して確認してください。",

  "models.amount.of": "{done}/{total}",
  "models.amount.perSecond": "{size}/秒",
  "models.amount.left": "残り{duration}",
  "models.amount.percent": "{percent}%",

  "models.progress.label": "モデルの読み込み",
  "models.progress.line": "{phase}：{details}",
  "models.progress.starting": "エンジンを起動しています",
  "models.progress.fetching": "モデルをダウンロードしています",
  "models.progress.loading": "GPUに読み込んでいます",
  "models.progress.compiling": "シェーダーをコンパイルしています",

  "models.picker.label": "モデル",
  "models.picker.none": "モデルなし",
  "models.picker.load": "モデルを読み込む",
  "models.picker.search": "モデルを検索",
  "models.picker.showAll": "すべてのモデルを表示",
  "models.picker.list": "モデル",
  "models.picker.noMatch": "「{query}」に一致するモデルはありません。",
  "models.picker.customFamily": "追加したモデル",

  "models.first.title": "{model}で始める",
  "models.first.text":
    "このデバイスにおすすめのモデルです。ダウンロードは一度だけで、その後はオフラインで使えます。上部からいつでも別のモデルを選べます。",
  "models.first.start": "ダウンロードして開始",

  "models.fit.label": "デバイスとの相性",
  "models.fit.noF16":
    "このGPUは16ビット浮動小数点シェーダー（shader-f16）に対応していません",
  "models.fit.f16Only":
    "{model}には16ビットシェーダーを使わないビルドがないため、この環境では読み込めません。別のモデルを選んでください。",
  "models.fit.f16Fallback":
    "そのためHearthは、16ビットシェーダーが不要な{model}の{quantization}ビルドを選びました。ただし、より多くのGPUメモリ（{memory}）が必要です。",
  "models.fit.why": "理由",
  "models.fit.runsWell": "{model} · {fit}：{reason}。",
  "models.fit.risky":
    "{model} · {fit}：{reason}。それでも読み込むことはできます。",
  "models.fit.noneFits": "このデバイスで動作しそうなLlamaモデルはありません。",
  "models.fit.useSuggested": "おすすめのモデルを使う",
  "models.fit.dismiss": "非表示",
  "models.fit.dismissTip": "このモデルではこの案内を表示しない",

  "models.dialog.open": "モデル管理",
  "models.dialog.openTip": "ダウンロード、ストレージ、独自のモデル",
  "models.dialog.title": "モデル",
  "models.dialog.close": "閉じる",
  "models.dialog.list": "このデバイスのモデル",

  "models.storage.used": "ストレージ使用量",
  "models.storage.usage":
    "このブラウザーで使える{quota}のうち{used}を使用中です（空き{free}）。",
  "models.storage.usageWithModels":
    "このブラウザーで使える{quota}のうち{used}を使用中です（空き{free}）。そのうちモデルが{models}を占めています。",
  "models.storage.persistent":
    "ストレージは永続化されています。ブラウザーが自動的に消去することはありません。",
  "models.storage.notPersistent":
    "ストレージは永続化されていません。空き容量が少なくなると、ブラウザーがモデルを消去することがあります。",

  "models.row.onDisk": "ディスク上 {size}",
  "models.row.verifying": "{model}を検証中",
  "models.row.checking": "確認中 {done}/{total}",
  "models.row.verified": {
    other:
      "検証済み：web-llmのキャッシュにこのモデルがあり、{count}個のファイルがすべて保存されています。",
  },
  "models.row.verifiedMd5": {
    other:
      "検証済み：web-llmのキャッシュにこのモデルがあり、{count}個のファイルがすべて保存されています。すべてのシャードがMD5チェックサムと一致しています。",
  },
  "models.row.pause": "一時停止",
  "models.row.cancel": "キャンセル",
  "models.row.resume": "再開",
  "models.row.download": "ダウンロード",
  "models.row.repair": "修復",
  "models.row.verify": "検証",
  "models.row.delete": "削除",
  "models.row.remove": "一覧から削除",

  "models.save.button": "フォルダーに保存",
  "models.save.cancel": "保存をキャンセル",
  "models.save.progressLabel": "{model}をフォルダーに保存中",
  "models.save.progress": "保存中 {done}/{total}",
  "models.save.cannotOpen":
    "フォルダーを書き込み用に開けませんでした。別のフォルダーを選んでください。",
  "models.save.stopped": {
    other:
      "保存を中止しました。{count}個のファイル（{size}）を「{folder}」に書き込みました。書き込み途中だったファイルは破棄されました。",
  },
  "models.save.saved": {
    other: "{count}個のファイル（{size}）を「{folder}」に保存しました。",
  },
  "models.save.savedWithoutLibrary": {
    other:
      "{count}個のファイル（{size}）を「{folder}」に保存しました。モデルライブラリはこのブラウザーに保存されていないため、含まれていません。",
  },
  "models.save.failed": "「{folder}」に保存できませんでした。{reason}",

  "models.folder.button": "フォルダーから読み込む",
  "models.folder.noModel":
    "このフォルダーにMLCモデルが見つかりませんでした。mlc-chat-config.jsonとtensor-cache.jsonがあるフォルダー（git cloneで取得した、モデルのHugging Faceリポジトリ）を選んでください。",
  "models.folder.checking": "{model}を確認しています…",
  "models.folder.copying": "{model}をHearthにコピーしています…",
  "models.folder.readyOwnLibrary":
    "{model}をオフラインで使えるようになりました。ライブラリはフォルダー内のものを使います。",
  "models.folder.readyBuiltInLibrary":
    "{model}をオフラインで使えるようになりました。ライブラリは{name}のものを使います。",
  "models.folder.found": "このフォルダー内のモデル",
  "models.folder.which": {
    other: "このフォルダーには{count}個のモデルがあります。どれを使いますか？",
  },
  "models.folder.load": "{model}を読み込む",

  "models.library.url": "{model}のライブラリURL",
  "models.library.notWasm":
    "{model}のライブラリURLには、モデルの.wasmファイルを指定してください。",
  "models.library.use": "このライブラリを使う",
  "models.library.file": "または.wasmファイル",

  "models.add.open": "モデルを追加",
  "models.add.added": "{name}を追加しました。モデルの一覧で選択されています。",
  "models.add.title": "モデルの追加",
  "models.add.hint":
    "任意の場所（社内のミラーなど）でホストされているMLC形式のモデルを追加します。Hearthは追加する前にモデルを確認します。",
  "models.add.modelUrl": "モデルのURL",
  "models.add.libraryUrl": "モデルライブラリのURL",
  "models.add.name": "名前",
  "models.add.optional": "省略可",
  "models.add.checking": "確認しています…",
  "models.add.submit": "モデルを追加",
  "models.add.cancel": "キャンセル",
  "models.add.storageFull":
    "{name} を追加できませんでした。このデバイスのストレージがいっぱいです。ディスクの空き容量を増やすか、使わなくなったモデルを削除してから、もう一度お試しください。",
  "models.add.notSaved":
    "{name} を追加できませんでした。ブラウザーが保存できませんでした（このウィンドウではストレージが無効になっている可能性があります）。もう一度お試しいただくか、通常のブラウザーウィンドウをお使いください。",

  "models.deleteAll.button": "すべてのデータを削除",
  "models.deleteAll.title": "すべてのデータを削除しますか？",
  "models.deleteAll.text":
    "ダウンロードしたモデル、会話、設定をすべてこのブラウザーから削除します。この操作は元に戻せません。",
  "models.deleteAll.confirm": "すべて削除",
  "models.deleteAll.keep": "削除しない",
  "models.deleteAll.failed": "一部のデータを削除できませんでした。{reason}",

  // The engine: errors, fit, memory, storage, addresses, folders

  "engine.error.noWebgpu.title":
    "このブラウザーではGPUでモデルを実行できません。",
  "engine.error.noWebgpu.advice":
    "デスクトップパソコンで、ChromeまたはEdgeのバージョン113以降をお使いください。",
  "engine.error.noAdapter.title": "対応するGPUが見つかりませんでした。",
  "engine.error.noAdapter.advice":
    "グラフィックスドライバーを更新するか、別のパソコンでお試しください。",
  "engine.error.shaderF16.title":
    "このモデルには16ビット浮動小数点シェーダーが必要ですが、お使いのGPUは対応していません。",
  "engine.error.shaderF16.advice":
    "代わりに、このモデルのq4f32_1ビルドを選んでください。",
  "engine.error.download.title": "モデルをダウンロードできませんでした。",
  "engine.error.download.advice":
    "ファイルのダウンロードが繰り返し失敗しました（詳細は下記）。接続を確認してから、もう一度お試しください。ダウンロード済みの部分は残っています。",
  "engine.error.cancelled.title": "ダウンロードをキャンセルしました。",
  "engine.error.cancelled.advice":
    "ダウンロードした部分は残っていません。「モデルを読み込む」を押すと、最初からやり直します。",
  "engine.error.network.title":
    "モデルをダウンロードできませんでした：{host}に接続できません。",
  "engine.error.network.titleNoHost":
    "モデルをダウンロードできませんでした：ホストに接続できません。",
  "engine.error.network.advice":
    "インターネット接続を確認してから、「モデルを再読み込み」を選んでください。",
  "engine.error.quota.title": "このモデルを保存する空き容量が足りません。",
  "engine.error.quota.advice":
    "ディスクの空き容量を増やすか、小さいモデルを選んでから、もう一度お試しください。",
  "engine.error.diskFull.title":
    "ディスクがいっぱいのため、ダウンロードを一時停止しました。",
  "engine.error.diskFull.advice":
    "ここまでにダウンロードした分は残っています。このデバイスの空き容量を増やすか、「モデル管理」で不要になったモデルを削除してから、再開してください。",
  "engine.error.folder.title":
    "このフォルダー内のモデルを使用できませんでした。",
  "engine.error.folder.advice":
    "モデルのtensor-cache.jsonの内容と一致しないファイルがあります（詳細は下記）。取り込んだ部分は残っていません。フォルダーをもう一度コピーするか、モデルをダウンロードしてください。",
  "engine.error.storage.title":
    "Hearthはこのブラウザーのストレージを使用できませんでした。",
  "engine.error.storage.advice":
    "ディスクに空き容量があり、ブラウザーがこのサイトにデータの保存を許可していることを確認してから、もう一度お試しください。",
  "engine.error.deviceLost.title":
    "GPUのメモリが不足したか、GPUがリセットされました。",
  "engine.error.deviceLost.advice":
    "モデルを再読み込みするか、小さいモデルをお使いください。メッセージは残っています。",
  "engine.error.notLoaded.title": "モデルはもう読み込まれていません。",
  "engine.error.notLoaded.advice":
    "「モデルを再読み込み」を選ぶと、もう一度読み込みます。メッセージは残っています。",
  "engine.error.contextWindow.title":
    "この会話は、モデルが一度に読める長さを超えています。",
  "engine.error.contextWindow.advice":
    "新しいチャットを始めるか、コンテキストウィンドウの大きいモデルを選んでください。",
  "engine.error.modelLibrary.title":
    "このブラウザーでモデルのプログラムを起動できませんでした。",
  "engine.error.modelLibrary.advice":
    "モデルのファイルが破損しているか、別のバージョンのweb-llm向けにビルドされている可能性があります。モデルを再読み込みするか、別のモデルを選んでください。",
  "engine.error.offline.title": "オフラインでは使用できません。",
  "engine.error.offline.advice":
    "このモデルはまだダウンロードされていません。インターネットに接続してダウンロードするか、「モデル管理」で「オフラインで使用可能」と表示されているモデルを選んでください。",
  "engine.error.workerCrashed.title": "エンジンが予期せず停止しました。",
  "engine.error.workerCrashed.advice":
    "Hearthが一度だけ自動で再起動します。それでも失敗する場合は、「モデルを再読み込み」を選んでください。メッセージは残っています。",
  "engine.error.unknown.title": "エンジンで問題が発生しました。",
  "engine.error.unknown.advice":
    "「モデルを再読み込み」を選んで、もう一度お試しください。メッセージは残っています。",

  "engine.worker.restarted": "エンジンが再起動されました。",
  "engine.worker.crashed": "エンジンのワーカーがクラッシュしました。",
  "engine.worker.unreadable":
    "エンジンから読み取れないメッセージが届きました。",
  "engine.worker.stoppedResponding": "エンジンが応答しなくなりました。",

  "engine.load.offline":
    "ブラウザーがネットワークに接続されていないと報告しています。",
  "engine.gpuLock.takenOver": "別のタブがGPUを引き継ぎました。",
  "engine.gpuLock.unloadedNotice":
    "別のHearthタブがGPUを引き継いだため、このタブのモデルは解放されました。「モデルを読み込む」を押すと、このタブに戻せます。",
  "engine.restart.loadingNotice":
    "エンジンが予期せず停止したため、Hearthは新しいエンジンを起動して、モデルをもう一度読み込んでいます。メッセージは残っています。",
  "engine.restart.doneNotice":
    "エンジンが予期せず停止したため、再起動しました。メッセージは残っています。",

  "engine.gpu.unknownVendor": "不明なベンダー",
  "engine.gpu.unknownArchitecture": "不明なアーキテクチャ",
  "engine.gpu.noF16Build":
    "お使いのGPUは16ビット浮動小数点シェーダー（shader-f16）に対応しておらず、{name}にはこれを使わないビルドがないため、この環境では読み込めません。別のモデルを選んでください。",
  "engine.gpu.pickedF32":
    "お使いのGPUは16ビット浮動小数点シェーダー（shader-f16）に対応していないため、Hearthは{name}のq4f32_1ビルドを選びました。こちらはより多くのGPUメモリ（{size}）が必要です。",

  "engine.fit.runsWell": "快適に動作",
  "engine.fit.mayBeTight": "ぎりぎりの可能性",
  "engine.fit.wontRun": "動作不可",
  "engine.fit.device.software": "CPU上のソフトウェアレンダラー",
  "engine.fit.device.mobile": "スマートフォンまたはタブレットのGPU",
  "engine.fit.device.unified": "システムとメモリを共有するAppleシリコン",
  "engine.fit.device.integrated": "システムのメモリを共有する内蔵GPU",
  "engine.fit.device.discrete": "専用メモリを備えたグラフィックスカード",
  "engine.fit.reason.noShaderF16":
    "16ビット浮動小数点シェーダー（shader-f16）が必要ですが、このGPUは対応していません",
  "engine.fit.reason.missingFeatures":
    "このブラウザーにないGPU機能（{features}）が必要です",
  "engine.fit.reason.bindingTooSmall":
    "このGPUのストレージバッファーの上限は{size}で、web-llmに必要な最小値の128 MBに足りません",
  "engine.fit.reason.bufferTooBig":
    "{size}のGPUバッファーが必要で、このGPUの上限（{limit}）を超えています",
  "engine.fit.reason.smallDevicesOnly":
    "1 GBのストレージバッファーが必要ですが、このGPUの上限は{size}です。ここで動作するのは小型デバイス向けのモデルだけです",
  "engine.fit.have": "約{size}",
  "engine.fit.reason.needUnknown":
    "必要なGPUメモリの量がHearthにはわかりません（モデルの記録にもダウンロードサイズにも手がかりがありません）",
  "engine.fit.needEstimated":
    "推定{size}（ダウンロードサイズ{weights}から算出）",
  "engine.fit.reason.overBudget":
    "必要なGPUメモリは{need}ですが、このデバイス（{device}）で使えるのは{have}です",
  "engine.fit.reason.overGuess":
    "必要なGPUメモリは{need}ですが、Hearthの推測ではこのデバイス（{device}）には{have}しかないため、メモリが不足するおそれがあります",
  "engine.fit.reason.software":
    "このGPUは{device}のため、どのモデルも動作が非常に遅くなります",
  "engine.fit.reason.close":
    "必要なGPUメモリは{need}で、このデバイス（{device}）で使えるとみられる{have}に近い値です",
  "engine.fit.reason.within":
    "必要なGPUメモリは{need}で、このデバイスにあるとみられる{have}に十分収まります",
  "engine.fit.reason.weightsOverBudget":
    "重みだけで{weights}あり、このデバイス（{device}）で使えるのは{have}です",
  "engine.fit.reason.estimateOverBudget":
    "Hearthの推定では必要なGPUメモリは{size}（ダウンロードサイズ{weights}から算出）ですが、このデバイス（{device}）には{have}しかないため、メモリが不足するおそれがあります",
  "engine.suggest.runsWell":
    "{name}はこの環境で快適に動作するはずです：{reason}。",
  "engine.suggest.insteadRunsWell":
    "このデバイスへのおすすめは{name}（{quantization}）です。{first}はこの環境で快適に動作します：{reason}。",
  "engine.suggest.insteadMayBeTight":
    "このデバイスへのおすすめは{name}（{quantization}）です。{first}はこの環境ではぎりぎりの可能性があります：{reason}。",
  "engine.suggest.insteadWontRun":
    "このデバイスへのおすすめは{name}（{quantization}）です。{first}はこの環境では動作しません：{reason}。",
  "engine.suggest.smallest":
    "このデバイスへのおすすめは、最も小さいLlamaである{name}（{quantization}）です。快適に動作しそうなモデルがないためです。",

  "engine.memory.stated": "VRAM {size}",
  "engine.memory.estimated": "VRAM 約{size}（推定）",
  "engine.memory.unknown": "GPUメモリ不明",
  "engine.entryLabel.withQuantization": "{name} · {quantization} · {memory}",
  "engine.entryLabel.plain": "{name} · {memory}",

  "engine.space.refusal":
    "このモデルには{need}必要ですが、空きは{free}です。空き容量を増やすか、小さいモデルを選んでください。",
  "engine.diskFull.heldModel": "{name}（{size}）",
  "engine.list.separator": "、",
  "engine.list.and": "{items}、{last}",
  "engine.diskFull.adviceNoOther":
    "{total}のうち{stored}は保存済みで、残っています。あと{more}必要です。Hearthにはほかのモデルがないため、このデバイスのほかの場所で空き容量を確保してください。{more}以上の空きを作ってから、「再開」を押してください。",
  "engine.diskFull.adviceOthers":
    "{total}のうち{stored}は保存済みで、残っています。あと{more}必要です。Hearthにはほかに{models}が保存されており、「モデル管理」で削除するとその分の容量が空きます。{more}以上の空きを作ってから、「再開」を押してください。",

  "engine.address.notAddress":
    "{label}がWebアドレスではありません。https://で始まるアドレスを入力してください。",
  "engine.address.notHttp":
    "{label}はhttps://（ローカルサーバーの場合はhttp://）で始める必要があります。",
  "engine.address.notFolder":
    "{label}には、?や#を含まないフォルダーのアドレスを指定してください。",

  "engine.addModel.modelUrl": "モデルのURL",
  "engine.addModel.libraryUrl": "モデルライブラリのURL",
  "engine.addModel.notWasm":
    "モデルライブラリのURLには、モデルの.wasmファイルを指定してください。",
  "engine.addModel.notFound":
    "そのアドレスにMLCモデルが見つかりませんでした：{detail}。モデルのURLには、mlc-chat-config.jsonとtensor-cache.jsonがあるフォルダーを指定してください（ファイルは<URL>/resolve/main/から読み込まれます）。",

  "engine.folder.badConfig": "{model}の{file}が有効なJSONではありません。",
  "engine.folder.noShards": "{model}の{file}に重みシャードの一覧がありません。",
  "engine.folder.missing": {
    other:
      "{model}にファイルが{count}個ありません：{files}。モデルのフォルダー全体をコピーしてから、もう一度お試しください。",
  },
  "engine.folder.moreFiles": "{files}、…",
  "engine.folder.noLibrary":
    "{model}のフォルダーにはモデルライブラリ（.wasm）がなく、同じ名前の組み込みモデルもないため、ライブラリを取得できません。下でライブラリのアドレスか.wasmファイルを指定してください。",
  "engine.folder.host": "このデバイス上のフォルダー",
  "engine.folder.hostWithLibrary":
    "このデバイス上のフォルダー（ライブラリは{host}から取得）",
  "engine.stored.filesMissing": {
    other:
      "{total}個のうち{count}個のファイルが見つかりません。削除してから、もう一度ダウンロードしてください。",
  },
  "engine.stored.damaged": "一部のファイルが見つからないか、正しくありません。",

  // The engine worker: downloads, Verify, Save to folder, storage

  "worker.error.unknown": "不明なエラー",
  "worker.storageFailure.full":
    "ブラウザーはこれ以上保存できませんでした。ディスク、またはこのサイトに許可された容量がいっぱいです。",
  "worker.storageFailure.failed":
    "ブラウザーがこのサイトのストレージを読み書きできませんでした。",
  "worker.download.diskFull":
    "ダウンロード中にディスクがいっぱいになりました：{total}バイトのうち{stored}バイトが保存され、残っています。",
  "worker.download.fileProblem": "{file}：{reason}",
  "worker.download.busy": "サーバーが混み合っています（{status}）",
  "worker.download.linkExpired":
    "ダウンロードリンクの有効期限が切れています（{status}）",
  "worker.download.answered": "サーバーの応答：{status} {statusText}",
  "worker.download.answeredStatus": "サーバーの応答：{status}",
  "worker.download.damagedTwice":
    "2回続けて破損した状態で届きました（MD5チェックサムがtensor-cache.jsonと一致しません）。ホストが壊れたコピーを配信している可能性があります。しばらくしてからもう一度試すか、このモデルに別のホストを使ってください",
  "worker.download.connectionFailed": "接続に失敗しました（{reason}）",
  "worker.download.failed": "ダウンロードできませんでした",
  "worker.verify.webPage": "サーバーがファイルではなくWebページを返しました",
  "worker.verify.size":
    "{expected}バイトのはずが、受信したのは{received}バイトでした",
  "worker.verify.json": "サーバーがモデルの重みではなくJSONを返しました",
  "worker.verify.notWasm": "WebAssemblyのモデルライブラリではありません",
  "worker.verify.damaged":
    "破損した状態で届きました（MD5チェックサムがtensor-cache.jsonと一致しません）",
  "worker.verify.integrity": "整合性ハッシュがモデルの記録と一致しません",
  "worker.verify.invalidJson": "有効なJSONではありません",
  "worker.verify.notObject": "JSONオブジェクトではありません",
  "worker.verify.noShards": "重みシャードの一覧がありません",
  "worker.rehash.damaged": {
    other:
      "{names}がMD5チェックサムと一致しません。このディスク上で破損しています。「修復」を押すと、もう一度取得します。",
  },
  "worker.saveFolder.incomplete":
    "このモデルはダウンロードが完了していないため、保存できる完全なデータがありません。先にダウンロードしてください。",
  "worker.saveFolder.missing":
    "{name}がこのブラウザーのストレージにありません。モデルを検証するか、もう一度ダウンロードしてください。",
  "worker.saveFolder.notAllowed":
    "そのフォルダーへの書き込みがHearthに許可されませんでした。もう一度フォルダーを選び、Hearthに変更の保存を許可してください。",
  "worker.saveFolder.diskFull":
    "フォルダーのあるディスクがいっぱいのため、{name}を書き込めませんでした。空き容量を増やすか、別のディスクにあるフォルダーを選んでください。",
  "worker.saveFolder.readOnly":
    "{name}を書き込めませんでした。フォルダーが読み取り専用か、ファイルが別のプログラムで開かれている可能性があります。",
  "worker.saveFolder.unreadable":
    "{name}をコピーできませんでした。フォルダーが移動または削除されたか、このブラウザーに保存されたコピーを読み取れなくなっています（モデルを検証してください）。",
  "worker.saveFolder.failed": "{name}をそのフォルダーに書き込めませんでした。",
  "worker.storage.quota":
    "最新のメッセージを保存できませんでした：このデバイスのストレージがいっぱいです。ディスクの空き容量を増やすか、古いチャットを削除してください。それまでは、内容が失われないよう、このタブを開いたままにしてください。",
  "worker.storage.unavailable":
    "このブラウザーウィンドウではチャットを保存できません（一部のプライベートウィンドウのように、ストレージが無効か利用できない状態です）。内容が失われないよう、このタブを開いたままにするか、チャットをエクスポートしてください。",
  "worker.storage.unknown":
    "最新のメッセージを保存できませんでした：ブラウザーがディスクに書き込めませんでした（ディスクがいっぱいの可能性があります）。Hearthは保存を再試行し続けます。それまでは、内容が失われないよう、このタブを開いたままにしてください。",
  "worker.storage.deleteBlocked":
    "別のHearthタブが保存データをまだ使用しています。ほかのHearthタブを閉じてから、もう一度お試しください。",

  // Attachments, import and export

  "files.attach.button": "ファイルを添付",
  "files.attach.buttonTitle":
    "ファイルを添付（テキスト、Markdown、CSV、JSON、HTML、コード、PDF）",
  "files.attach.tooLarge":
    "{name}は{size}です。Hearthが読み込めるのは{max}までのファイルです。",
  "files.attach.unsupported":
    "{name}はHearthが読み込めない種類のファイルです。Hearthが読み込めるのは、テキスト、Markdown、CSV、JSON、HTML、ソースコード、PDFです。",
  "files.attach.binary":
    "{name}はテキストではなく、バイナリファイルのようです。Hearthが読み込めるのは、テキスト、Markdown、CSV、JSON、HTML、ソースコード、PDFです。",
  "files.attach.empty": "{name}には読み取れるテキストがありません。",
  "files.attach.scannedPdf":
    "{name}：このPDFはスキャンした画像でできています。Hearthが読み取れるのはテキストだけです。",
  "files.attach.passwordPdf":
    "{name}はパスワードで保護されています。パスワードを解除して（新しいPDFとして印刷するなど）、もう一度添付してください。",
  "files.attach.corruptPdf":
    "{name}をPDFとして読み込めませんでした。ファイルが破損しているか、実際にはPDFではありません。",
  "files.attach.failed": "Hearthはファイルを読み込めませんでした：{detail}",
  "files.attach.readerStopped":
    "Hearthのファイル読み込み処理が予期せず停止しました。",
  "files.attach.couldNotRead": "Hearthは{name}を読み込めませんでした。",
  "files.attach.notSaved":
    "添付ファイルを保存できませんでした。今は使用できますが、再読み込みすると消えます。",

  "files.chip.pages": { other: "{n}ページ" },
  "files.chip.lines": { other: "{n}行" },
  "files.chip.kilobytes": "{n} KB",
  "files.chip.meta": "{extent}、{size}",
  "files.chip.open": "Hearthが抽出したテキストを表示",
  "files.chip.remove": "{name}を削除",
  "files.text.label": "{name}のテキスト",
  "files.text.close": "閉じる",
  "files.composer.attached": "添付ファイル",
  "files.composer.reading": "{names}を読み込んでいます…",
  "files.composer.dismiss": "閉じる",
  "files.message.attachments": "このメッセージと一緒に送信したファイル",

  "files.sources.whole": "{name}の全文を参照",
  "files.sources.passages": {
    other: "{name}の{count}か所を参照（{places}）",
  },
  "files.sources.pages": { other: "{pages}ページ" },
  "files.sources.page": "{n}ページ",
  "files.sources.line": "{n}行目",
  "files.sources.lines": "{start}～{end}行目",
  "files.sources.passage": "{name}、{place}",
  "files.search.snippet": "{name}：{snippet}",

  "files.transfer.menu": "エクスポートとインポート",
  "files.transfer.exportJson": "すべてのチャットをJSONでエクスポート",
  "files.transfer.exportMarkdown": "すべてのチャットをMarkdownでエクスポート",
  "files.transfer.import": "チャットをインポート",
  "files.transfer.importFile": "インポートするチャットファイル",
  "files.count.chats": { other: "{n}件のチャット" },
  "files.count.savedPrompts": {
    other: "{n}件の保存済みプロンプト",
  },
  "files.export.done": "{chats}をエクスポートしました。",
  "files.export.doneWithPrompts": "{chats}と{prompts}をエクスポートしました。",
  "files.import.done": "{chats}をインポートしました。",
  "files.import.doneWithPrompts": "{chats}と{prompts}をインポートしました。",
  "files.import.alreadyHere": {
    other: "{n}件はすでに存在します。",
  },
  "files.import.doneAndSkipped": "{imported}{skipped}",
  "files.import.notSaved": "チャットはインポートされませんでした。{reason}",
  "files.import.refused":
    "ファイルはインポートされませんでした：{reason}。何も変更されていません。",
  "files.import.problemAt": "{place}：{problem}",

  "files.import.place.within": "{place}、{part}",
  "files.import.place.file": "ファイル",
  "files.import.place.exportDate": "ファイルのエクスポート日時",
  "files.import.place.conversations": "ファイルの会話",
  "files.import.place.conversation": "会話{n}",
  "files.import.place.message": "メッセージ{n}",
  "files.import.place.errorField": "エラーの{field}",
  "files.import.place.attachment": "添付ファイル一覧、添付ファイル{n}",
  "files.import.place.attachmentId": "添付ファイル{n}",
  "files.import.place.passage": "抜粋{n}",
  "files.import.place.source": "参照元{n}",
  "files.import.place.savedPrompts": "ファイルの保存済みプロンプト",
  "files.import.place.savedPrompt": "保存済みプロンプト{n}",
  "files.import.field.id": "ID",
  "files.import.field.title": "タイトル",
  "files.import.field.messages": "メッセージ",
  "files.import.field.settings": "設定",
  "files.import.field.createdAt": "作成日時",
  "files.import.field.updatedAt": "最終アクティビティ日時",
  "files.import.field.promptUpdatedAt": "最終変更日時",
  "files.import.field.systemPrompt": "システムプロンプト",
  "files.import.field.temperature": "温度",
  "files.import.field.topP": "top-p",
  "files.import.field.maxTokens": "返答の最大長",
  "files.import.field.role": "役割",
  "files.import.field.content": "内容",
  "files.import.field.status": "状態",
  "files.import.field.usage": "使用量",
  "files.import.field.promptTokens": "プロンプトのトークン数",
  "files.import.field.completionTokens": "返答のトークン数",
  "files.import.field.prefillTokensPerSecond": "prefillTokensPerSecond",
  "files.import.field.decodeTokensPerSecond": "decodeTokensPerSecond",
  "files.import.field.timeToFirstTokenSeconds": "timeToFirstTokenSeconds",
  "files.import.field.modelId": "モデル",
  "files.import.field.error": "エラー",
  "files.import.field.code": "コード",
  "files.import.field.detail": "詳細",
  "files.import.field.parentId": "親",
  "files.import.field.activeId": "表示中のメッセージ",
  "files.import.field.attachments": "添付ファイル",
  "files.import.field.attachmentIds": "添付ファイル",
  "files.import.field.attachmentId": "添付ファイル",
  "files.import.field.name": "名前",
  "files.import.field.kind": "種類",
  "files.import.field.mime": "タイプ",
  "files.import.field.size": "サイズ",
  "files.import.field.sha256": "ハッシュ",
  "files.import.field.pages": "ページ数",
  "files.import.field.lines": "行数",
  "files.import.field.text": "テキスト",
  "files.import.field.passages": "抜粋",
  "files.import.field.page": "ページ",
  "files.import.field.lineStart": "開始行",
  "files.import.field.lineEnd": "終了行",
  "files.import.field.whole": "全体",
  "files.import.field.sources": "参照元",
  "files.import.field.addedAt": "追加日時",

  "files.import.kind.null": "空（null）",
  "files.import.kind.list": "リスト",
  "files.import.kind.object": "オブジェクト",
  "files.import.kind.text": "テキスト",
  "files.import.kind.number": "数値",
  "files.import.kind.boolean": "trueまたはfalse",
  "files.import.mustBeObjectIs":
    "オブジェクトである必要がありますが、{kind}です",
  "files.import.mustBeTextIs": "テキストである必要がありますが、{kind}です",
  "files.import.mustBeNumberIs": "数値である必要がありますが、{kind}です",
  "files.import.mustBeListIs": "リストである必要がありますが、{kind}です",
  "files.import.mustBeObject": "オブジェクトである必要があります",
  "files.import.mustBeText": "テキストである必要があります",
  "files.import.mustBeList": "リストである必要があります",
  "files.import.forbiddenKey": "禁止されているキー「{key}」が含まれています",
  "files.import.unknownField": "不明なフィールド「{field}」があります",
  "files.import.missingField": "フィールド「{field}」がありません",
  "files.import.tooLong": "{max}文字を超えています",
  "files.import.empty": "空です",
  "files.import.notText":
    "テキストではない文字（制御文字や壊れたUnicode）が含まれています",
  "files.import.idChars": "使用できるのは英字、数字、「-」、「_」だけです",
  "files.import.promptId":
    "使用できるのは英字、数字、「-」、「_」だけです（1～128文字）",
  "files.import.between": "{min}～{max}の範囲である必要があります",
  "files.import.wholeNumber": "整数である必要があります",
  "files.import.count": "0以上の整数である必要があります",
  "files.import.time": "時刻（0以上の整数）である必要があります",
  "files.import.trueOrFalse": "trueまたはfalseである必要があります",
  "files.import.oneOf": "{options}のいずれかである必要があります",
  "files.import.tooManyEntries": "エントリが{max}件を超えています",
  "files.import.tooManyItems": "項目が{max}個を超えています",
  "files.import.duplicateConversations": "2つの会話が同じIDを使っています",
  "files.import.duplicateMessages": "2つのメッセージが同じIDを使っています",
  "files.import.duplicateAttachments":
    "2つの添付ファイルが同じIDを使っています",
  "files.import.duplicatePrompts": "2つのプロンプトが同じIDを使っています",
  "files.import.notHearth":
    "Hearthのエクスポートファイルではありません（「format」が「{format}」ではありません）",
  "files.import.version":
    "バージョンが{found}ですが、このHearthが読み込めるのはバージョン{version}です",
  "files.import.tooLarge": "ファイルが{size}を超えています",
  "files.import.notJson": "ファイルが有効なJSONではありません（{detail}）",
  "files.import.tooManyMessages":
    "ファイル内のメッセージが合計{max}件を超えています",
  "files.import.tree.mixed":
    "親を指定しているメッセージと、指定していないメッセージが混在しています",
  "files.import.tree.missingParent":
    "この会話にないメッセージ（「{id}」）を指定しています",
  "files.import.tree.noRoot":
    "最初のメッセージがありません。すべてのメッセージが親を指定しているため、循環しています",
  "files.import.tree.twoRoots":
    "ルートが2つあります。最初のメッセージの役割が異なるため、同じメッセージのバージョンとして扱えません",
  "files.import.tree.loop":
    "循環しています。親をたどると同じメッセージに戻ります",
  "files.import.tree.missingActive": "この会話にないメッセージを指定しています",

  "files.markdown.systemPrompt": "システムプロンプト",
  "files.markdown.you": "あなた",
  "files.markdown.assistant": "アシスタント",
  "files.markdown.roleWithNote": "{role}{note}",
  "files.markdown.stopped": "（停止）",
  "files.markdown.failed": "（完了前に失敗）",
  "files.markdown.interrupted": "（中断）",
};

export default catalog;
