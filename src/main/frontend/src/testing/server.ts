// The server as unit tests see it: every fetch (the API client's, a raw one) goes to the answers
// the test gives, by "METHOD /path"; what the test did not expect is a 404 problem. The setup
// installs the delegating fetch before any module is loaded, so the API client binds to it.

type Answer = Response | ((request: Request) => Response | Promise<Response>);

export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

export const problem = (status: number, type: string) =>
  new Response(JSON.stringify({ type: `urn:hms:problem:${type}`, title: type, status }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });

let answers: Record<string, Answer> = {};
let sent: Request[] = [];

/** Answers by "GET /api/patients"; returns the requests the page sent, in order. */
export function server(routes: Record<string, Answer>): Request[] {
  answers = routes;
  sent = [];
  return sent;
}

async function delegate(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const request = input instanceof Request ? input : new Request(new URL(String(input), window.location.origin), init);
  sent.push(request.clone());
  const answer = answers[`${request.method} ${new URL(request.url).pathname}`];
  if (!answer) return problem(404, 'not-found');
  return typeof answer === 'function' ? answer(request) : answer.clone();
}

export function installServer() {
  globalThis.fetch = delegate as typeof fetch;
}
