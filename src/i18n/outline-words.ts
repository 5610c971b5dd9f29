import type { LanguageCode } from "./languages";

/**
 * The outline's few words: its message box and Send button, drawn before any catalog
 * arrives, and what it says when the app's code did not arrive. They live in the start-up
 * chunk, outside the catalogs, because they are needed exactly when no catalog (and no
 * app) is there yet.
 */
export const OUTLINE_WORDS: Record<
  LanguageCode,
  {
    /** The outline's message box and Send button: the catalog's words (a unit test checks). */
    message: string;
    placeholder: string;
    send: string;
    failed: string;
    still: string;
    retry: string;
  }
> = {
  en: {
    message: "Message",
    placeholder: "Message Llama (the model loads first)",
    send: "Send",
    failed:
      "Hearth could not load its code: the connection may have dropped. Check that you are online, then retry.",
    still: "Still no connection. Check that you are online, then retry.",
    retry: "Retry",
  },
  es: {
    message: "Mensaje",
    placeholder: "Escribe a Llama (primero se carga el modelo)",
    send: "Enviar",
    failed:
      "Hearth no pudo cargar su código: puede que se haya cortado la conexión. Comprueba que tienes conexión y vuelve a intentarlo.",
    still:
      "Sigue sin haber conexión. Comprueba que tienes conexión y vuelve a intentarlo.",
    retry: "Reintentar",
  },
  fr: {
    message: "Message",
    placeholder: "Écrire à Llama (le modèle se charge d’abord)",
    send: "Envoyer",
    failed:
      "Hearth n’a pas pu charger son code : la connexion a peut-être été coupée. Vérifiez que vous êtes en ligne, puis réessayez.",
    still:
      "Toujours pas de connexion. Vérifiez que vous êtes en ligne, puis réessayez.",
    retry: "Réessayer",
  },
  de: {
    message: "Nachricht",
    placeholder: "Nachricht an Llama (zuerst wird das Modell geladen)",
    send: "Senden",
    failed:
      "Hearth konnte seinen Code nicht laden: Die Verbindung ist vielleicht abgebrochen. Prüfen Sie, ob Sie online sind, und versuchen Sie es erneut.",
    still:
      "Noch immer keine Verbindung. Prüfen Sie, ob Sie online sind, und versuchen Sie es erneut.",
    retry: "Erneut versuchen",
  },
  "pt-BR": {
    message: "Mensagem",
    placeholder: "Mensagem para o Llama (o modelo será carregado antes)",
    send: "Enviar",
    failed:
      "O Hearth não conseguiu carregar o código: a conexão pode ter caído. Verifique se você está on-line e tente de novo.",
    still: "Ainda sem conexão. Verifique se você está on-line e tente de novo.",
    retry: "Tentar de novo",
  },
  "zh-CN": {
    message: "消息",
    placeholder: "给 Llama 发消息（将先加载模型）",
    send: "发送",
    failed:
      "Hearth 无法加载程序代码：网络连接可能已中断。请确认已联网，然后重试。",
    still: "仍然没有网络连接。请确认已联网，然后重试。",
    retry: "重试",
  },
  ja: {
    message: "メッセージ",
    placeholder: "Llamaにメッセージを送信（先にモデルが読み込まれます）",
    send: "送信",
    failed:
      "Hearth のプログラムを読み込めませんでした。接続が切れた可能性があります。オンラインになっていることを確認してから、もう一度お試しください。",
    still:
      "まだ接続できません。オンラインになっていることを確認してから、もう一度お試しください。",
    retry: "再試行",
  },
  ko: {
    message: "메시지",
    placeholder: "Llama에게 메시지 보내기(먼저 모델을 불러옵니다)",
    send: "보내기",
    failed:
      "Hearth 코드를 불러오지 못했습니다. 연결이 끊겼을 수 있습니다. 인터넷에 연결되어 있는지 확인한 뒤 다시 시도하세요.",
    still:
      "아직 연결되지 않았습니다. 인터넷에 연결되어 있는지 확인한 뒤 다시 시도하세요.",
    retry: "다시 시도",
  },
  hi: {
    message: "मैसेज",
    placeholder: "Llama को मैसेज लिखें (पहले मॉडल लोड होगा)",
    send: "भेजें",
    failed:
      "Hearth अपना कोड लोड नहीं कर सका: शायद कनेक्शन टूट गया। जाँच लें कि आप ऑनलाइन हैं, फिर दोबारा कोशिश करें।",
    still: "अब भी कनेक्शन नहीं है। जाँच लें कि आप ऑनलाइन हैं, फिर दोबारा कोशिश करें।",
    retry: "दोबारा कोशिश करें",
  },
  ar: {
    message: "الرسالة",
    placeholder: "اكتب رسالة إلى Llama (يُحمَّل النموذج أولًا)",
    send: "إرسال",
    failed:
      "تعذّر على Hearth تحميل شيفرته: ربما انقطع الاتصال. تأكّد من اتصالك بالإنترنت، ثم أعد المحاولة.",
    still: "لا يوجد اتصال بعد. تأكّد من اتصالك بالإنترنت، ثم أعد المحاولة.",
    retry: "إعادة المحاولة",
  },
};
