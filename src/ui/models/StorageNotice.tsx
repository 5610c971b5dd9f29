import type { ConversationsModel } from "../../chat/conversations-model";
import { storageErrorText } from "../../storage/storage-error";

export function StorageNotice({
  conversations,
}: {
  conversations: ConversationsModel;
}) {
  const code = conversations.storageError.value;
  if (!code) return null;
  return (
    <p class="notice error storage-notice" role="alert">
      {storageErrorText(code)}
    </p>
  );
}
