-- wrk script for bench/academy-load.sh: every request takes a random logged-in learner's session cookie and a
-- random path from the files the script wrote, and the summary prints the percentiles the issue names (p95).
local cookies, paths, think = {}, {}, 0

local function lines(name)
  local out = {}
  for line in io.lines(name) do
    if line ~= "" then out[#out + 1] = line end
  end
  return out
end

function init(args)
  cookies = lines(args[1])
  paths = lines(args[2])
  think = tonumber(args[3] or "0")
  math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))
end

-- a user's pause between two pages (uniform 0.5-1.5 x the mean); 0 = no pause, every connection always busy
function delay()
  if think <= 0 then return 0 end
  return math.floor(think * (0.5 + math.random()))
end

function request()
  local headers = { Cookie = cookies[math.random(#cookies)], Accept = "text/html" }
  return wrk.format("GET", paths[math.random(#paths)], headers)
end

function done(summary, latency, requests)
  local ms = function(us) return string.format("%.1f ms", us / 1000) end
  io.write(string.format("requests %d, %.0f req/s, non-2xx %d, socket errors %d\n", summary.requests,
    summary.requests / (summary.duration / 1e6), summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  io.write(string.format("p50 %s | p90 %s | p95 %s | p99 %s | max %s\n", ms(latency:percentile(50)),
    ms(latency:percentile(90)), ms(latency:percentile(95)), ms(latency:percentile(99)), ms(latency.max)))
end
