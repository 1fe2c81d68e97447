/** Chat templates. */
export { DEFAULT_CHAT_TEMPLATE } from './default-template.js';
export {
  type RenderChatTemplateOptions,
  renderChatTemplate,
  type TemplateMessage,
  type TemplateTool,
  toTemplateMessage,
  toTemplateTool,
} from './render.js';
