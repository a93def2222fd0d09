// SPDX-License-Identifier: Apache-2.0
// Building elements from data without innerHTML: every value from the API is text, never markup.

/** h('a', {href: '#/lots', class: 'x', onclick: fn}, 'text', child) */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.substring(2), value);
    } else if (value === true) {
      element.setAttribute(name, '');
    } else {
      element.setAttribute(name, String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) {
      continue;
    }
    if (Array.isArray(child)) {
      append(element, child);
    } else {
      element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
}

/** Replaces an element's children. */
export function show(element, ...children) {
  element.replaceChildren();
  append(element, children);
}

/** A labelled input: the label names the input (for=id), so it is read out and clickable. */
export function field(id, label, attributes = {}, tag = 'input') {
  return h('div', {class: 'field'}, h('label', {for: id}, label), h(tag, {id, ...attributes}));
}

/** A labelled select of [value, text] options. */
export function select(id, label, options) {
  return h('div', {class: 'field'}, h('label', {for: id}, label),
      h('select', {id}, options.map(([value, text]) => h('option', {value}, text))));
}

/** The value of an input by id, trimmed; undefined when empty (so optional fields are left out of a body). */
export function value(id) {
  const text = document.getElementById(id).value.trim();
  return text === '' ? undefined : text;
}

/** A description list of [term, value] rows, rows without a value left out. */
export function details(rows) {
  return h('dl', {class: 'details'}, rows.filter(([, v]) => v !== undefined && v !== null && v !== '')
      .map(([term, v]) => [h('dt', {}, term), h('dd', {}, v)]));
}

/** A time as the browser's locale writes it, with the zone, or '' */
export function when(instant) {
  return instant ? new Date(instant).toLocaleString(document.documentElement.lang, {timeZoneName: 'short'}) : '';
}

/**
 * A ledger identity as a person reads it: the first common name of Fabric's "x509::<subject>::<issuer>" id (the
 * user, without @domain), with the whole id as the element's title. Other ids are shown as they are.
 */
export function person(id) {
  const match = /^x509::.*?CN=([^,@/]+)/.exec(id || '');
  return match ? h('span', {title: id}, match[1]) : (id || '');
}

/** A table that scrolls sideways on a narrow screen instead of widening the page. */
export function scrolling(table) {
  return h('div', {class: 'table-scroll'}, table);
}
