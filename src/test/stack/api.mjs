// A JSON call to the API, for the scripts that drive the stack from outside (the browser test's
// setup, the load harness): the parsed answer, or an error that says what came back.
export function caller(base) {
  return async function call(method, path, { token, tenant, body } = {}) {
    const headers = { Accept: 'application/json, application/problem+json' };
    if (body) headers['Content-Type'] = 'application/json';
    if (token) headers.Authorization = `Bearer ${token}`;
    if (tenant) headers['X-Tenant-ID'] = tenant;
    const answer = await fetch(base + path, { method, headers, body: body && JSON.stringify(body) });
    const text = await answer.text();
    if (!answer.ok) throw new Error(`${method} ${path}: ${answer.status} ${text}`);
    return text ? JSON.parse(text) : null;
  };
}
