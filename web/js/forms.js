// @ts-check
import { h, uid } from './dom.js';
import { t } from './i18n.js';

/**
 * @typedef {{ name: string, label: string, type?: string, required?: boolean, hint?: string,
 *   options?: [string, string][], value?: any, min?: number | string, max?: number | string, step?: string,
 *   pattern?: string, maxlength?: number, accept?: string, multiple?: boolean, autocomplete?: string,
 *   rows?: number, onlyWith?: string }} FieldSpec
 * `onlyWith` names a sibling field (same object) without whose value this one is not sent: a unit
 * means nothing without its number.
 */

/**
 * A labelled form control with its hint and an error slot, wired with aria-describedby. The
 * control's name is the API's field path (e.g. `lines.0.count`) so server errors land beside it.
 * @param {FieldSpec} spec
 */
export function field(spec) {
  const id = uid(`f-${spec.name.replace(/\W/g, '-')}`);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const type = spec.type ?? 'text';
  const common = {
    id,
    name: spec.name,
    required: spec.required,
    'aria-describedby': spec.hint ? `${hintId} ${errorId}` : errorId,
    'data-only-with': spec.onlyWith,
  };
  let control;
  if (type === 'select') {
    control = h('select', common, spec.required ? null : h('option', { value: '' }, t('form.choose')),
      (spec.options ?? []).map(([value, text]) => h('option', { value, selected: value === spec.value }, text)));
  } else if (type === 'textarea') {
    control = h('textarea', { ...common, rows: spec.rows ?? 4, maxlength: spec.maxlength }, spec.value ?? '');
  } else if (type === 'checkbox') {
    control = h('input', { ...common, type, checked: !!spec.value, value: 'true' });
  } else {
    control = h('input', {
      ...common, type, value: spec.value ?? '', min: spec.min, max: spec.max, step: spec.step,
      pattern: spec.pattern, maxlength: spec.maxlength, accept: spec.accept, multiple: spec.multiple,
      autocomplete: spec.autocomplete, inputmode: type === 'number' ? 'numeric' : undefined,
    });
  }
  const label = h('label', { for: id }, spec.label, spec.required ? h('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null);
  const hint = spec.hint ? h('p', { class: 'hint', id: hintId }, spec.hint) : null;
  const error = h('p', { class: 'field-error', id: errorId, hidden: true });
  const wrapper = h('div', { class: `field field-${type}` });
  if (type === 'checkbox') wrapper.append(control, label, hint ?? '', error);
  else wrapper.append(label, hint ?? '', error, control);
  return wrapper;
}

/**
 * A group of checkboxes whose checked values the API receives as one array (e.g. targetGroups).
 * @param {{ name: string, legend: string, options: [string, string][], values?: string[], hint?: string }} spec
 */
export function checkboxGroup(spec) {
  const errorId = uid(`f-${spec.name}-error`);
  const hintId = `${errorId}-hint`;
  return h('fieldset', { class: 'checkbox-group' },
    h('legend', null, spec.legend),
    spec.hint ? h('p', { class: 'hint', id: hintId }, spec.hint) : null,
    h('p', { class: 'field-error', id: errorId, hidden: true }),
    spec.options.map(([value, text]) => {
      const id = uid(`f-${spec.name}`);
      return h('div', { class: 'field field-checkbox' },
        h('input', { id, type: 'checkbox', name: spec.name, value, checked: (spec.values ?? []).includes(value), dataset: { group: 'true' },
          'aria-describedby': spec.hint ? `${hintId} ${errorId}` : errorId }),
        h('label', { for: id }, text));
    }));
}

/** A group of related fields with a legend. @param {string} legend @param {...any} children */
export function fieldset(legend, ...children) {
  return h('fieldset', null, h('legend', null, legend), ...children);
}

/** The error summary shown at the top of a form (filled by showErrors). */
export function errorSummary() {
  return h('div', { class: 'error-summary', role: 'alert', tabindex: '-1', hidden: true });
}

/** @param {HTMLFormElement} form @param {string} name */
function controlFor(form, name) {
  return /** @type {HTMLInputElement | null} */ (form.querySelector(`[name="${CSS.escape(name)}"]`));
}

/** @param {HTMLElement} control @param {string | null} message */
function setFieldError(control, message) {
  const errorId = (control.getAttribute('aria-describedby') ?? '').split(' ').pop() ?? '';
  const slot = document.getElementById(errorId);
  if (!slot) return;
  slot.textContent = message ?? '';
  slot.hidden = !message;
  if (message) control.setAttribute('aria-invalid', 'true');
  else control.removeAttribute('aria-invalid');
}

/** @param {HTMLFormElement} form */
export function clearErrors(form) {
  form.querySelectorAll('[aria-invalid]').forEach((el) => setFieldError(/** @type {HTMLElement} */ (el), null));
  const summary = /** @type {HTMLElement | null} */ (form.querySelector('.error-summary'));
  if (summary) {
    summary.replaceChildren();
    summary.hidden = true;
  }
}

/**
 * Shows an API error: each `fields` entry beside its control, everything in the summary (with
 * links to the fields), and moves focus to the summary.
 * @param {HTMLFormElement} form
 * @param {{ message: string, fields?: { field: string, messages: string[] }[] }} error
 */
export function showErrors(form, error) {
  clearErrors(form);
  const summary = /** @type {HTMLElement} */ (form.querySelector('.error-summary'));
  const items = [];
  for (const { field: name, messages } of error.fields ?? []) {
    const control = controlFor(form, name);
    // The API names the field first ("count must not be less than 1"); beside the field its label says that.
    const text = messages.map((m) => withoutFieldName(m, name)).join(' ');
    if (control) setFieldError(control, text);
    const label = control ? labelOf(control) : null;
    const line = label ? `${label}: ${text}` : messages.join(' ');
    items.push(h('li', null, control ? h('a', { href: `#${control.id}`, onclick: (/** @type {Event} */ e) => { e.preventDefault(); control.focus(); } }, line) : line));
  }
  if (!items.length) items.push(h('li', null, error.message));
  summary.replaceChildren(h('h2', null, t('form.errorsHeading')), h('ul', null, items));
  summary.hidden = false;
  summary.focus();
}

/** @param {string} message @param {string} name */
function withoutFieldName(message, name) {
  const rest = message.startsWith(`${name} `) ? message.slice(name.length + 1) : message;
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** The visible label of a control (or of its checkbox group). @param {HTMLElement} control */
function labelOf(control) {
  if (control.dataset.group) return control.closest('fieldset')?.querySelector('legend')?.textContent ?? null;
  return document.querySelector(`label[for="${control.id}"]`)?.textContent?.replace(/\s*\*$/, '') ?? null;
}

/** The browser's constraint check in the interface language. @param {HTMLInputElement} control */
function localMessage(control) {
  const v = control.validity;
  if (v.valid) return null;
  if (v.valueMissing) return t('validation.required');
  if (v.rangeUnderflow) return t('validation.min', { min: control.min });
  if (v.rangeOverflow) return t('validation.max', { max: control.max });
  if (v.stepMismatch || v.badInput) return t('validation.number');
  if (v.typeMismatch) return t(`validation.${control.type}`);
  if (v.patternMismatch) return control.dataset.patternMessage ?? t('validation.format');
  if (v.tooLong) return t('validation.tooLong', { max: control.maxLength });
  return control.validationMessage;
}

/** Validates each control as the user types or leaves it, in the interface language. @param {HTMLFormElement} form */
export function validateAsYouType(form) {
  form.noValidate = true;
  const check = (/** @type {Event} */ event) => {
    const control = /** @type {HTMLInputElement} */ (event.target);
    if (!control.name || !control.validity) return;
    if (event.type === 'input' && !control.hasAttribute('aria-invalid')) return;
    setFieldError(control, localMessage(control));
  };
  form.addEventListener('input', check);
  form.addEventListener('focusout', check);
}

/** Checks every control before sending; returns false and shows the errors when one fails. @param {HTMLFormElement} form */
export function checkForm(form) {
  const fields = [];
  for (const control of /** @type {HTMLInputElement[]} */ ([...form.elements])) {
    const message = control.name && control.validity ? localMessage(control) : null;
    // A radio group is one field: its buttons share a name and its error.
    if (message && !fields.some((f) => f.field === control.name)) fields.push({ field: control.name, messages: [message] });
  }
  if (fields.length) showErrors(form, { message: t('form.errorsHeading'), fields });
  return fields.length === 0;
}

/**
 * The form's values as the API's JSON: dotted names become nested objects and arrays, numbers
 * become numbers, checkboxes booleans; empty optional values are left out.
 * @param {HTMLFormElement} form
 */
export function readForm(form) {
  /** @type {Record<string, any>} */
  const out = {};
  for (const control of /** @type {HTMLInputElement[]} */ ([...form.elements])) {
    if (!control.name || control.disabled || control.type === 'file' || control.type === 'submit') continue;
    if (control.dataset.onlyWith && siblingEmpty(form, control, control.dataset.onlyWith)) continue;
    let value;
    if (control.type === 'radio') {
      if (control.checked && control.value !== '') setPath(out, control.name.split('.'), control.value);
      continue;
    }
    if (control.type === 'checkbox' && control.dataset.group) {
      out[control.name] ??= [];
      if (control.checked) out[control.name].push(control.value);
      continue;
    }
    if (control.type === 'checkbox') value = control.checked;
    else if (control.tagName === 'SELECT' && /** @type {any} */ (control).multiple) {
      value = [.../** @type {any} */ (control).selectedOptions].map((o) => o.value);
    } else if (control.value.trim() === '') continue;
    else value = control.type === 'number' ? Number(control.value) : control.value.trim();
    setPath(out, control.name.split('.'), value);
  }
  return out;
}

/** Whether the control's sibling (`a.0.unit` → `a.0.value`) is empty. @param {HTMLFormElement} form @param {HTMLInputElement} control @param {string} name */
function siblingEmpty(form, control, name) {
  const sibling = controlFor(form, control.name.replace(/[^.]+$/, name));
  return !sibling || sibling.value.trim() === '';
}

/** @param {Record<string, any>} target @param {string[]} path @param {any} value */
function setPath(target, path, value) {
  let node = target;
  path.forEach((key, i) => {
    if (i === path.length - 1) node[key] = value;
    else node = node[key] ??= /^\d+$/.test(path[i + 1]) ? [] : {};
  });
}

/** A submit button that is disabled while the request runs. @param {string} text */
export function submitButton(text) {
  return h('button', { type: 'submit', class: 'button' }, text);
}

/**
 * Runs the form's request: checks, sends, shows server errors beside the fields.
 * @param {HTMLFormElement} form
 * @param {(values: Record<string, any>) => Promise<void>} action
 */
export function onSubmit(form, action) {
  validateAsYouType(form);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(form);
    if (!checkForm(form)) return;
    const button = /** @type {HTMLButtonElement | null} */ (form.querySelector('[type=submit]'));
    if (button) button.disabled = true;
    try {
      await action(readForm(form));
    } catch (error) {
      showErrors(form, /** @type {any} */ (error));
    } finally {
      if (button) button.disabled = false;
    }
  });
}
