// SPDX-License-Identifier: Apache-2.0
// Sign-in with a bearer token. The input has no name and the form no action, and the page's policy forbids form
// submission (form-action 'none'): the token can never end up in a URL, even if this script failed to load. Under
// mutual TLS the browser's client certificate signs in without this page, which then shows only after "sign out".
import {session} from './api.js';
import {t} from './i18n.js';
import {field, h, show} from './dom.js';
import {outcome} from './messages-view.js';

const TOKEN_FORMAT = /^tct_[0-9a-f]{16}_[A-Za-z0-9_-]{20,}$/;

export function signInPage(main, signedIn, refusal) {
  const message = outcome('sign-in-outcome');
  if (refusal) {
    message.className = 'outcome error';
    message.setAttribute('role', 'alert');
    message.textContent = refusal;
  }
  const form = h('form', {id: 'sign-in', novalidate: true, 'aria-describedby': 'sign-in-intro sign-in-outcome'},
      field('token', t('signin.token'), {type: 'password', autocomplete: 'off', spellcheck: 'false',
        required: true, 'aria-describedby': 'token-format'}),
      h('p', {id: 'token-format', class: 'hint'}, t('signin.format')),
      h('button', {type: 'submit', id: 'sign-in-submit'}, t('signin.submit')),
      message);
  form.addEventListener('submit', event => {
    event.preventDefault();
    const input = document.getElementById('token');
    const token = input.value.trim();
    input.value = '';
    if (!TOKEN_FORMAT.test(token)) {
      message.className = 'outcome error';
      message.setAttribute('role', 'alert');
      message.textContent = t('signin.format');
      return;
    }
    session.signIn(token);
    signedIn();
  });
  show(main, h('h1', {}, t('signin.title')), session.certificateOffered() ? certificateSection(signedIn) : null,
      h('p', {id: 'sign-in-intro'}, t('signin.intro')), form);
  document.getElementById('token').focus();
}

/**
 * Mutual TLS, after "sign out": the browser keeps presenting its certificate (only closing it, or choosing another
 * certificate, ends that), so say so, and offer the certificate again beside the token.
 */
function certificateSection(signedIn) {
  return h('section', {id: 'certificate-sign-in', 'aria-labelledby': 'certificate-title'},
      h('h2', {id: 'certificate-title'}, t('signin.certificateTitle')),
      h('p', {id: 'certificate-signed-out'}, t('signin.certificateSignedOut')),
      h('button', {type: 'button', id: 'sign-in-certificate', onclick: () => {
        session.signInWithCertificate();
        signedIn();
      }}, t('signin.certificateUse')));
}
