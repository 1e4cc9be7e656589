-- Neovim 0.7 as a second, independent LSP client for the Sumber language server.
--
--   SUMBER_DRAFT=/path/to/ws/draft.md SUMBER_NVIM_OUT=/tmp/out.json \
--     nvim --headless --clean -u test/nvim/sumber.lua
--
-- Environment:
--   SUMBER_DRAFT       the draft to open (required); its directory is the workspace root
--   SUMBER_ROOT        workspace root (default: the draft's directory)
--   SUMBER_SERVER      path to dist/sumber.js (default: ../../dist/sumber.js from this file)
--   SUMBER_NODE        node executable (default: node)
--   SUMBER_NVIM_OUT    where to write the JSON report (default: stdout)
--   SUMBER_TIMEOUT_MS  overall time budget for every wait together (default: 10000)
--
-- Uses only the 0.7 API (vim.lsp.start_client, vim.diagnostic.get, buf_request_sync), so it
-- also runs on newer versions. Every wait is bounded, and every failure ends up in the
-- report's `errors` list instead of hanging: the script always writes the report and quits.

local report = { errors = {}, notifications = {}, published = {}, status = {} }
local uv = vim.uv or vim.loop
local islist = vim.islist or vim.tbl_islist
local started = uv.hrtime()

local function elapsed_ms()
  return math.floor((uv.hrtime() - started) / 1e6)
end

local function fail(what, err)
  table.insert(report.errors, string.format('%s: %s', what, tostring(err)))
end

-- Everything that would be shown to a user goes into the report too.
vim.notify = function(msg, level)
  table.insert(report.notifications, { message = tostring(msg), level = level })
end

local budget_ms = tonumber(os.getenv('SUMBER_TIMEOUT_MS') or '') or 10000

-- How long a wait may take: its own limit, but never past the overall budget.
local function limit(ms)
  return math.max(0, math.min(ms, budget_ms - elapsed_ms()))
end

local function this_dir()
  local src = debug.getinfo(1, 'S').source
  return vim.fn.fnamemodify(src:sub(1, 1) == '@' and src:sub(2) or src, ':p:h')
end

local function write_report()
  report.elapsed_ms = elapsed_ms()
  local ok, json = pcall(vim.fn.json_encode, report)
  if not ok then
    json = vim.fn.json_encode({ errors = { 'json_encode: ' .. tostring(json) } })
  end
  local out = os.getenv('SUMBER_NVIM_OUT')
  if out and out ~= '' then
    vim.fn.writefile({ json }, out)
  else
    io.stdout:write(json, '\n')
  end
end

-- Put the cursor on `col_in_word` bytes into the first occurrence of `word` at or after
-- line `from` (1-based) and return the LSP position params Neovim itself would send.
local function params_at(word, col_in_word, from, offset_encoding)
  local lines = vim.api.nvim_buf_get_lines(0, 0, -1, false)
  for i = from or 1, #lines do
    local s = lines[i]:find(word, 1, true)
    if s then
      vim.api.nvim_win_set_cursor(0, { i, s - 1 + (col_in_word or 0) })
      return vim.lsp.util.make_position_params(0, offset_encoding)
    end
  end
  error(string.format('%q not found in the draft', word))
end

-- One request through the buffer's clients; the raw result, or the error, in the report.
local function request(name, method, params, timeout)
  local entry = { method = method, params = params }
  report[name] = entry
  local responses, err = vim.lsp.buf_request_sync(0, method, params, limit(timeout))
  if not responses then
    fail(name, err or 'no response')
    return nil
  end
  for _, response in pairs(responses) do
    if response.err then
      entry.error = response.err
      fail(name, vim.inspect(response.err))
    else
      entry.result = response.result
      return response.result
    end
  end
  fail(name, 'no client answered')
  return nil
end

local function run()
  local draft = os.getenv('SUMBER_DRAFT')
  if not draft or draft == '' then
    error('SUMBER_DRAFT is not set')
  end
  draft = vim.fn.fnamemodify(draft, ':p')
  local root = os.getenv('SUMBER_ROOT')
  if not root or root == '' then
    root = vim.fn.fnamemodify(draft, ':h')
  end
  local server = os.getenv('SUMBER_SERVER')
  if not server or server == '' then
    server = this_dir() .. '/../../dist/sumber.js'
  end
  server = vim.fn.fnamemodify(server, ':p')
  local node = os.getenv('SUMBER_NODE')
  if not node or node == '' then
    node = 'node'
  end

  report.nvim = vim.version()
  report.root_dir = root
  report.cmd = { node, server, 'lsp', '--stdio' }

  vim.cmd('edit ' .. vim.fn.fnameescape(draft))
  local bufnr = vim.api.nvim_get_current_buf()
  report.filetype = vim.bo[bufnr].filetype

  local default_publish = vim.lsp.handlers['textDocument/publishDiagnostics']
  local client_id = vim.lsp.start_client({
    name = 'sumber',
    cmd = report.cmd,
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = vim.fn.fnamemodify(root, ':t') } },
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
        table.insert(report.published, { uri = result.uri, version = result.version, count = #result.diagnostics })
        return default_publish(err, result, ctx, config)
      end,
      ['sumber/status'] = function(_, result)
        table.insert(report.status, result)
      end,
    },
    on_init = function(_, result)
      report.server_info = result and result.serverInfo
      report.initialized = true
    end,
    on_error = function(code, err)
      fail('rpc error ' .. tostring(code), vim.inspect(err))
    end,
    on_exit = function(code, signal)
      report.server_exit = { code = code, signal = signal }
    end,
  })
  if not client_id then
    error('vim.lsp.start_client returned nil for ' .. vim.inspect(report.cmd))
  end
  if not vim.lsp.buf_attach_client(bufnr, client_id) then
    error('vim.lsp.buf_attach_client failed')
  end

  if not vim.wait(limit(5000), function() return report.initialized or report.server_exit ~= nil end, 20)
      or not report.initialized then
    error('the server did not initialize (exit: ' .. vim.inspect(report.server_exit) .. ')')
  end
  local client = vim.lsp.get_client_by_id(client_id)
  report.offset_encoding = client.offset_encoding
  report.capabilities = vim.tbl_keys(client.server_capabilities or {})
  table.sort(report.capabilities)

  -- Diagnostics as Neovim's own diagnostic module holds them.
  if not vim.wait(limit(8000), function() return #vim.diagnostic.get(bufnr) > 0 or report.server_exit ~= nil end, 20)
      or #vim.diagnostic.get(bufnr) == 0 then
    fail('diagnostics', 'none arrived within the time limit')
  end
  report.diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(report.diagnostics, {
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      severity = d.severity, source = d.source, code = d.code, message = d.message,
    })
  end

  local enc = client.offset_encoding

  -- Hover on the surname, and the lines Neovim would put in the hover window.
  local hover = request('hover', 'textDocument/hover', params_at('Blinken', 3, 1, enc), 3000)
  if hover and hover.contents then
    report.hover.lines = vim.lsp.util.convert_input_to_markdown_lines(hover.contents)
  end

  -- Definition from inside the quoted passage, then jump there as `gd` would.
  local def = request('definition', 'textDocument/definition', params_at('kontributor', 3, 1, enc), 3000)
  if def and def ~= vim.NIL then
    local first = islist(def) and def[1] or def
    if first then
      -- jump_to_location is 0.7's `gd`; newer versions deprecate it for show_document.
      local ok, err = pcall(function()
        if vim.lsp.util.show_document then
          vim.lsp.util.show_document(first, enc, { focus = true })
        else
          vim.lsp.util.jump_to_location(first, enc)
        end
      end)
      if ok then
        local cursor = vim.api.nvim_win_get_cursor(0)
        report.definition.jumped = {
          file = vim.api.nvim_buf_get_name(0),
          line = cursor[1] - 1,
          text = vim.api.nvim_get_current_line(),
        }
        vim.cmd('buffer ' .. bufnr)
      else
        fail('definition jump', err)
      end
    end
  end

  -- References on the name in the third paragraph.
  local params = params_at('Putin', 2, 1, enc)
  params.context = { includeDeclaration = true }
  request('references', 'textDocument/references', params, 3000)

  -- Shut the server down politely; Neovim's exit handler kills it if this runs out.
  vim.lsp.stop_client(client_id)
  vim.wait(limit(2000), function() return report.server_exit ~= nil end, 20)
end

local function main()
  local ok, err = xpcall(run, debug.traceback)
  if not ok then
    fail('run', err)
  end
  local wrote, werr = pcall(write_report)
  if not wrote then
    io.stderr:write('sumber.lua: could not write the report: ', tostring(werr), '\n')
  end
  vim.cmd('qa!')
end

-- nested: so that :edit runs the BufRead autocommands that set the filetype (markdown).
vim.api.nvim_create_autocmd('VimEnter', { once = true, nested = true, callback = main })
