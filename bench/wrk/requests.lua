-- Requests for wrk, read from the file the harness prepared (BENCH_REQUESTS): one request per
-- line, "METHOD<TAB>PATH<TAB>TOKEN<TAB>TENANT<TAB>BODY". Each connection cycles through them from
-- its own offset, so tenants, tokens and ids interleave.
local lines = {}
local file = assert(io.open(os.getenv("BENCH_REQUESTS"), "r"))
for line in file:lines() do
  local method, path, token, tenant, body = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t([^\t]*)\t?(.*)$")
  local headers = { ["Authorization"] = "Bearer " .. token, ["X-Tenant-ID"] = tenant }
  if body ~= "" then headers["Content-Type"] = "application/json" else body = nil end
  lines[#lines + 1] = wrk.format(method, path, headers, body)
end
file:close()

local counter = 0
local threads = {}

function setup(thread)
  thread:set("offset", #threads * 7919)
  table.insert(threads, thread)
end

function init(args)
  counter = offset or 0
end

function request()
  counter = counter + 1
  return lines[(counter % #lines) + 1]
end
