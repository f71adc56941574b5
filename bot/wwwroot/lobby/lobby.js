// The lobby kiosk: fetches its settings and a conversation token from the server (never a secret), runs the
// official Web Chat against the local Direct Line (or Azure's), and starts over after the idle time.
(function () {
  'use strict';

  var params = new URLSearchParams(window.location.search);
  // DirectLineJS's connection states.
  var ConnectionStatus = { ExpiredToken: 3, FailedToConnect: 4, Ended: 5 };
  var retrySeconds = 30;

  function normalize(tag) {
    if (!tag) { return null; }
    var lower = String(tag).toLowerCase();
    if (lower.indexOf('zh') === 0) { return 'zh-Hans'; }
    if (lower.indexOf('en') === 0) { return 'en'; }
    return null;
  }

  function pickLanguage(fallback) {
    var candidates = [params.get('lang')].concat(navigator.languages || [navigator.language]);
    for (var i = 0; i < candidates.length; i++) {
      var language = normalize(candidates[i]);
      if (language) { return language; }
    }
    return fallback;
  }

  // This tablet's own id, kept across reloads, so the server counts token requests per kiosk, not per
  // address (several kiosks may share one). Not a secret and not a credential.
  function kioskId() {
    try {
      var id = window.localStorage.getItem('frontdesk.kiosk');
      if (!id) {
        id = Array.from(window.crypto.getRandomValues(new Uint8Array(12)), function (b) { return ('0' + b.toString(16)).slice(-2); }).join('');
        window.localStorage.setItem('frontdesk.kiosk', id);
      }
      return id;
    } catch (e) {
      return '';
    }
  }

  // Reloading gives the next visitor a clean page: new token, new conversation, nothing left on screen.
  function restart(language) {
    var next = new URL(window.location.href);
    next.searchParams.set('lang', language);
    window.location.replace(next.toString());
  }

  function showStatus(text) {
    var status = document.getElementById('status');
    if (status) { status.textContent = text; }
  }

  function applyChrome(config, texts, language) {
    document.documentElement.lang = language;
    document.title = config.buildingName;
    document.getElementById('building').textContent = config.buildingName;
    document.getElementById('subtitle').textContent = texts.subtitle;
    var other = language === 'zh-Hans' ? 'en' : 'zh-Hans';
    var languageButton = document.getElementById('language');
    languageButton.textContent = texts.switchLanguage;
    languageButton.setAttribute('lang', other);
    languageButton.onclick = function () { restart(other); };
    var restartButton = document.getElementById('restart');
    restartButton.textContent = texts.restart;
    restartButton.onclick = function () { restart(language); };
    if (config.logoUrl) {
      var logo = document.getElementById('logo');
      logo.src = config.logoUrl;
      logo.alt = config.buildingName;
      logo.hidden = false;
    }
  }

  function watchIdle(minutes, language) {
    var touched = false;
    var last = Date.now();
    function mark() { last = Date.now(); }
    ['pointerdown', 'keydown', 'touchstart'].forEach(function (name) {
      window.addEventListener(name, function () { touched = true; mark(); }, true);
    });
    window.setInterval(function () {
      if (touched && Date.now() - last >= minutes * 60000) { restart(language); }
    }, 1000);
    return mark;
  }

  // A shared tablet stays on the lobby: no link, wherever it came from, opens a page or a window.
  function keepOnLobby() {
    function staysHere(link) {
      var to = new URL(link.href, window.location.href);
      var target = link.getAttribute('target');
      return to.origin === window.location.origin && to.pathname.indexOf('/lobby') === 0 && (!target || target === '_self');
    }
    function block(event) {
      var link = event.target instanceof Element ? event.target.closest('a[href], area[href]') : null;
      if (link && !staysHere(link)) {
        event.preventDefault();
        event.stopPropagation();
      }
    }
    // Capture phase: this runs before Web Chat's own handlers, for clicks, middle clicks and Enter alike.
    ['click', 'auxclick'].forEach(function (name) { document.addEventListener(name, block, true); });
    // Web Chat's open-URL and sign-in buttons call window.open.
    window.open = function () { return null; };
  }

  // Web Chat's markdown makes bare addresses into links (a visitor's name included): show every link as its text.
  function renderMarkdown(markdown, newLineOptions, linkOptions) {
    var html = window.WebChat.renderMarkdown(markdown, newLineOptions, linkOptions);
    var rendered = new DOMParser().parseFromString(html, 'text/html');
    // Links Web Chat cannot open it draws as buttons (citations): those become text too.
    rendered.body.querySelectorAll('a, button').forEach(function (link) {
      link.replaceWith(rendered.createTextNode(link.textContent));
    });
    return rendered.body.innerHTML;
  }

  function styleOptions() {
    return {
      hideUploadButton: true,
      bubbleMaxWidth: 900,
      bubbleMinHeight: 56,
      bubbleTextColor: '#1b2430',
      bubbleFromUserBackground: '#1f3a5f',
      bubbleFromUserTextColor: '#fff',
      botAvatarInitials: '',
      suggestedActionLayout: 'flow',
      suggestedActionHeight: 64,
      suggestedActionBorderRadius: 12,
      sendBoxHeight: 72,
      sendBoxButtonColor: '#1f3a5f',
      primaryFont: 'inherit',
      fontSizeSmall: '70%',
      rootHeight: '100%'
    };
  }

  async function start() {
    var config = await (await fetch('/api/lobby/config')).json();
    var language = pickLanguage(config.language);
    var texts = config.texts[language];
    applyChrome(config, texts, language);
    showStatus(texts.connecting);
    var response = await fetch('/api/lobby/token', { method: 'POST', headers: { 'X-Lobby-Kiosk': kioskId() } });
    if (!response.ok) { throw new Error('token ' + response.status); }
    var token = await response.json();
    var markActive = watchIdle(config.idleResetMinutes, language);
    var directLine = window.WebChat.createDirectLine({
      token: token.token,
      domain: config.directLineDomain || (window.location.origin + '/v3/directline'),
      webSocket: true,
      conversationStartProperties: { locale: language }
    });
    // A conversation the server no longer has (restart, long idle) or a dead token: start a fresh one.
    directLine.connectionStatus$.subscribe(function (status) {
      if (status === ConnectionStatus.ExpiredToken || status === ConnectionStatus.FailedToConnect || status === ConnectionStatus.Ended) {
        window.setTimeout(function () { restart(language); }, 5000);
      }
    });
    var store = window.WebChat.createStore({}, function () {
      return function (next) {
        return function (action) {
          if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') { markActive(); }
          if (action.type === 'DIRECT_LINE/POST_ACTIVITY') {
            var value = action.payload.activity.value;
            // The menu's language button switches the whole page, not just the next reply.
            if (value && value.lobby === 'language' && value.language) {
              restart(value.language);
              return undefined;
            }
          }
          return next(action);
        };
      };
    });
    var host = document.getElementById('webchat');
    host.textContent = '';
    window.WebChat.renderWebChat({
      directLine: directLine, store: store, locale: language, styleOptions: styleOptions(), renderMarkdown: renderMarkdown
    }, host);
    window.lobby = { conversationId: token.conversationId, language: language, store: store };
  }

  keepOnLobby();
  start().catch(function (error) {
    console.error('lobby', error);
    fetch('/api/lobby/config').then(function (r) { return r.json(); }).then(function (config) {
      showStatus(config.texts[pickLanguage(config.language)].unavailable);
    }).catch(function () { showStatus('The assistant is not available right now. 助理暂时无法使用。'); });
    // A kiosk has nobody to press reload: try again by itself.
    window.setTimeout(function () { window.location.reload(); }, retrySeconds * 1000);
  });
}());
