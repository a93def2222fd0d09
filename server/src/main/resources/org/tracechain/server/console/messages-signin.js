// SPDX-License-Identifier: Apache-2.0
// Sign-in by the browser's client certificate (mutual TLS); messages.js merges it.
export const SIGNIN_MESSAGES = {
  en: {
    'signin.byCertificate': '· client certificate',
    'signin.certificateTitle': 'Your client certificate',
    'signin.certificateSignedOut': 'You are signed out in this tab, but your browser still presents its client '
        + 'certificate to this server: close every window of the browser to end that, or choose another certificate '
        + 'when the browser asks again to act as another user. You can also sign in with a token below.',
    'signin.certificateUse': 'Sign in with the certificate again',
  },
  zh: {
    'signin.byCertificate': '· 客户端证书',
    'signin.certificateTitle': '您的客户端证书',
    'signin.certificateSignedOut': '您已在本标签页退出，但浏览器仍会向本服务器出示其客户端证书：'
        + '关闭浏览器的所有窗口即可结束；如需以其他用户身份操作，请在浏览器再次询问时选择另一张证书。'
        + '您也可以在下方使用令牌登录。',
    'signin.certificateUse': '重新使用证书登录',
  },
};
