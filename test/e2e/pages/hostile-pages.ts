// Synthetic pages that try to break Backstory (issue 6). The article text is our own.

const ARTICLE = `<article>
<h1>Diplomats meet again over Venezuela</h1>
<p>Russian Foreign Minister Sergei Lavrov said on Monday that the Montevideo Mechanism remained the
only path to talks, and that Mexico and Uruguay had offered to host a new round. Lavrov spoke after
a call with officials in Sochi, where he had met Mike Pompeo a year earlier.</p>
<p>Analysts said the proposal could revive a process that stalled in 2019, when the Montevideo
Mechanism was first put forward by Mexico, Uruguay and Caribbean governments.</p>
</article>`;

const page = (head: string, body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test page</title>${head}</head><body>${body}</body></html>`;

export const HOSTILE_PAGES = {
  '/hostile-css': page(
    `<style>
      * { all: unset; }
      html, body, article, p, h1 { display: block !important; }
      body * { font-family: "Comic Sans MS", fantasy !important; font-size: 31px !important; color: #0a0 !important; }
      backstory-host, backstory-host * { display: none; color: red !important; }
      div, section, header, q, mark, button { all: unset !important; display: inline !important; }
    </style>`,
    ARTICLE,
  ),
  '/top-z-index': page(
    `<style>
      body { font: 18px/1.6 serif; margin: 40px; }
      .sticky { position: fixed; left: 0; right: 0; bottom: 0; height: 60vh; z-index: 2147483647; background: rgba(200, 30, 30, 0.85); }
    </style>`,
    `${ARTICLE}<div class="sticky">A banner that sits above everything</div>`,
  ),
  '/form-fields': page(
    `<style>body { font: 18px/1.6 serif; margin: 40px; } textarea, input, [contenteditable] { display: block; width: 600px; margin: 10px 0; }</style>`,
    `${ARTICLE}
     <form><textarea id="comment">Sergei Lavrov and the Montevideo Mechanism in a comment box</textarea>
     <input id="name" value="Sergei Lavrov"></form>
     <div id="editor" contenteditable="true">Mexico and Uruguay in a rich editor</div>
     <pre>Mexico in preformatted code</pre>`,
  ),
  '/modal-dialog': page(
    `<style>body { font: 18px/1.6 serif; margin: 40px; } dialog { width: 70vw; height: 70vh; }</style>`,
    `${ARTICLE}<dialog id="signup"><p>Subscribe to our newsletter</p><button>Close</button></dialog>
     <script>window.openSignup = () => document.getElementById('signup').showModal();</script>`,
  ),
  '/forged-events': page(`<style>body { font: 18px/1.6 serif; margin: 40px; }</style>`, ARTICLE),
  '/with-frames': page(
    `<style>body { font: 18px/1.6 serif; margin: 20px; } iframe { width: 600px; height: 220px; }</style>`,
    `${ARTICLE}
     <iframe id="same-origin" src="/forged-events"></iframe>
     <iframe id="srcdoc" srcdoc="<article><p>Sergei Lavrov and the Montevideo Mechanism, inside an srcdoc frame, said the text again and again so that it is long enough to be an article of its own for any scope rule.</p></article>"></iframe>`,
  ),
  '/right-to-left': `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>RTL</title>
    <style>body { font: 20px/1.7 serif; margin: 40px; }</style></head><body><article>
    <h1>محادثات جديدة</h1>
    <p>قال وزير الخارجية الروسي Sergei Lavrov يوم الاثنين إن Montevideo Mechanism لا تزال الطريق الوحيد للحوار،
    وإن Mexico و Uruguay عرضتا استضافة جولة جديدة من المحادثات في الأسابيع المقبلة بعد اتصالات مكثفة.</p>
    <p>وأضاف أن المقترح قد يعيد إحياء عملية توقفت في عام 2019، عندما طرحت Mexico و Uruguay هذه المبادرة لأول مرة.</p>
    </article></body></html>`,
  '/linked-mark': page(
    `<style>body { font: 18px/1.6 serif; margin: 20px; }</style>`,
    ARTICLE.replace('Sergei Lavrov said', '<a id="profile" href="/forged-events">Sergei Lavrov</a> said'),
  ),
} as const;

/** A page under a strict policy: no scripts, no styles, Trusted Types required. */
export const STRICT_POLICY_PAGE = {
  html: page('<style>p { color: blue; }</style>', ARTICLE),
  headers: { 'content-security-policy': "default-src 'none'; style-src 'none'; require-trusted-types-for 'script'" },
};
