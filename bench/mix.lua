-- wrk script: requests the paths listed in $WRK_PATHS (one a line) in turn, each thread
-- starting at a different place in the list.
local paths = {}
for line in io.lines(os.getenv("WRK_PATHS")) do
    if line ~= "" then
        paths[#paths + 1] = line
    end
end

local next_thread = 0
function setup(thread)
    thread:set("start", next_thread)
    next_thread = next_thread + 1
end

local i = nil
function request()
    if i == nil then
        i = ((start or 0) * 7) % #paths
    end
    i = i % #paths + 1
    return wrk.format("GET", paths[i])
end
