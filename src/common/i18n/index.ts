export type { Lang, Coded, Message } from './catalog';
export {
  LANGS,
  defineMessages,
  messageOf,
  coded,
  isCoded,
  placeholders,
  catalogProblems,
  codedProblems,
} from './catalog';
export { renderText } from './render';
export { langOf } from './lang';
