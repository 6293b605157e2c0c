/**
 * The server writes its messages in both languages, English first: "Wrong username or password.
 * 用户名或密码错误。". The console shows the half in the user's language, or the whole message when it
 * cannot tell the halves apart.
 */
const BOUNDARY = /^([\s\S]*?[A-Za-z0-9.!?;:)\]"'’])\s+([\u3000-\u303f\u3400-\u9fff\uff00-\uffef][\s\S]*)$/;

export function splitBilingual(message: string): { en: string; zh: string } | null {
  const match = BOUNDARY.exec(message.trim());
  if (!match) return null;
  const [, en, zh] = match;
  // The English half must end a sentence and hold no Chinese of its own ending, or this is not a pair.
  if (!/[.!?)"'’]$/.test(en)) return null;
  return { en: en.trim(), zh: zh.trim() };
}

export function messageIn(locale: string, message: string): string {
  const halves = splitBilingual(message);
  if (!halves) return message;
  return locale.startsWith('zh') ? halves.zh : halves.en;
}
