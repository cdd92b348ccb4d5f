-- End-to-end test of the ixls language server in real Neovim (headless), run by
-- scripts/e2e-neovim.sh. Opens a config with a mistake, waits for the diagnostics, asks for
-- completion, hover and code actions, applies a quick fix, then opens an AWS sample and applies
-- "Generate IX config". Every wait is bounded; any failure quits with a non-zero exit code.
-- Written against the Neovim 0.7 API (Debian 12's package), which later versions still have.

local jar = assert(os.getenv('IXLS_JAR'), 'IXLS_JAR is not set')
local dir = assert(os.getenv('IXLS_E2E_DIR'), 'IXLS_E2E_DIR is not set')
local java = os.getenv('IXLS_JAVA') or 'java'
local WAIT_MS = tonumber(os.getenv('IXLS_E2E_WAIT_MS') or '30000')

local passed = 0
local function fail(message)
  io.stderr:write('not ok - ' .. message .. '\n')
  io.stderr:flush()
  vim.cmd('cquit 1')
end
local function ok(message)
  passed = passed + 1
  io.stdout:write('ok ' .. passed .. ' - ' .. message .. '\n')
  io.stdout:flush()
end
local function check(condition, message)
  if not condition then
    fail(message)
  end
end

-- Any Lua error in this script is a failure too, never a hang.
local function protect(f)
  local success, err = xpcall(f, debug.traceback)
  if not success then
    fail('script error: ' .. tostring(err))
  end
end

protect(function()
  local diagnostics = {} -- uri -> last publishDiagnostics params
  local applied_edits = 0
  local default_apply = vim.lsp.handlers['workspace/applyEdit']

  local client_id = vim.lsp.start_client({
    name = 'ixls',
    cmd = { java, '-jar', jar, 'lsp', '--stdio' },
    root_dir = dir,
    init_options = { locale = 'en', diagnostics = { delayMs = 0 } },
    handlers = {
      ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
        diagnostics[result.uri] = result
        return vim.lsp.handlers['textDocument/publishDiagnostics'](err, result, ctx, config)
      end,
      ['workspace/applyEdit'] = function(err, result, ctx, config)
        applied_edits = applied_edits + 1
        return default_apply(err, result, ctx, config)
      end,
    },
  })
  check(client_id ~= nil, 'the language server starts')

  -- 1. A config with a typo in a reference: the diagnostics arrive.
  vim.cmd('edit ' .. vim.fn.fnameescape(dir .. '/seed-typo.ix'))
  vim.bo.filetype = 'nec-ix'
  local config_buf = vim.api.nvim_get_current_buf()
  local config_uri = vim.uri_from_bufnr(config_buf)
  vim.lsp.buf_attach_client(config_buf, client_id)
  check(vim.wait(WAIT_MS, function()
    return diagnostics[config_uri] ~= nil and #diagnostics[config_uri].diagnostics > 0
  end, 20), 'diagnostics for the config arrive')
  local typo
  for _, d in ipairs(diagnostics[config_uri].diagnostics) do
    if d.code == 'IX101' then
      typo = d
    end
  end
  check(typo ~= nil, 'IX101 reports the undefined IKE policy')
  check(typo.source == 'ixls' and typo.message:find('ike%-polcy1') ~= nil, 'the message names the typo')
  check(typo.codeDescription ~= nil and typo.codeDescription.href:find('#ix101') ~= nil, 'the code links to its rule')
  ok('diagnostics: ' .. typo.code .. ' at line ' .. (typo.range.start.line + 1) .. ': ' .. typo.message)

  -- 2. Completion: the next keyword of `ike proposal`, and the defined policies after `ike keepalive`.
  local function complete(line, character)
    local params = {
      textDocument = { uri = config_uri },
      position = { line = line, character = character },
    }
    local responses = vim.lsp.buf_request_sync(config_buf, 'textDocument/completion', params, WAIT_MS)
    check(responses ~= nil, 'completion answers in time')
    local labels = {}
    for _, response in pairs(responses) do
      check(response.err == nil, 'completion succeeds')
      local items = response.result.items or response.result
      for _, item in ipairs(items) do
        labels[item.label] = item
      end
    end
    return labels
  end
  local keepalive_line = typo.range.start.line
  vim.api.nvim_buf_set_lines(config_buf, -1, -1, false, { 'ike keepalive ' })
  local last = vim.api.nvim_buf_line_count(config_buf) - 1
  local labels = complete(last, #'ike keepalive ')
  check(labels['ike-policy1'] ~= nil and labels['ike-policy2'] ~= nil, 'completion proposes the defined IKE policies')
  check(labels['ike-policy1'].documentation ~= nil, 'with their definition as documentation')
  check(not vim.inspect(labels):find('hngyiJd8N5pulvK9QDMXZ02BDDLCz10K', 1, true), 'and never a key')
  vim.api.nvim_buf_set_lines(config_buf, last, last + 1, false, {})
  ok('completion: ike keepalive -> ike-policy1, ike-policy2')

  -- 3. Hover on the AWS peer address: the linked sample explains it.
  local hover = vim.lsp.buf_request_sync(config_buf, 'textDocument/hover', {
    textDocument = { uri = config_uri },
    position = { line = 6, character = 30 },
  }, WAIT_MS)
  local hover_text = ''
  for _, response in pairs(hover or {}) do
    if response.result then
      hover_text = response.result.contents.value
    end
  end
  check(hover_text:find('tunnel #1 of vpn%-0e88bfbe4ce7ff72a') ~= nil,
    'hover names the AWS tunnel of the peer (sample found by content in the workspace): ' .. hover_text)
  ok('hover: 18.182.91.31 is the AWS peer of tunnel #1 of vpn-0e88bfbe4ce7ff72a')

  -- 4. Code actions on the typo's line: the quick fix from the rule's fix data, applied.
  local actions = vim.lsp.buf_request_sync(config_buf, 'textDocument/codeAction', {
    textDocument = { uri = config_uri },
    range = typo.range,
    context = { diagnostics = { typo } },
  }, WAIT_MS)
  local fix
  for _, response in pairs(actions or {}) do
    for _, action in ipairs(response.result or {}) do
      if action.title == "Change to 'ike-policy1'" then
        fix = action
      end
    end
  end
  check(fix ~= nil and fix.kind == 'quickfix', [[a quick fix "Change to 'ike-policy1'" is offered]])
  vim.lsp.util.apply_workspace_edit(fix.edit, 'utf-16')
  check(vim.api.nvim_buf_get_lines(config_buf, keepalive_line, keepalive_line + 1, false)[1]
    == 'ike keepalive ike-policy1 10 10', 'the quick fix corrects the line')
  check(vim.wait(WAIT_MS, function()
    local d = diagnostics[config_uri]
    for _, x in ipairs(d.diagnostics) do
      if x.code == 'IX101' then
        return false
      end
    end
    return true
  end, 20), 'the diagnostic goes away after the fix')
  ok('code action: quick fix applied, IX101 gone')

  -- 5. Code lenses: the per-tunnel status above each tunnel interface linked to the sample.
  local lenses = vim.lsp.buf_request_sync(config_buf, 'textDocument/codeLens', {
    textDocument = { uri = config_uri },
  }, WAIT_MS)
  local titles = {}
  for _, response in pairs(lenses or {}) do
    for _, lens in ipairs(response.result or {}) do
      table.insert(titles, lens.command.title)
    end
  end
  check(#titles == 2, 'two tunnel lenses: ' .. vim.inspect(titles))
  check(titles[1]:find('^Tunnel #1 · vpn%-0e88… · %d+/%d+ checks pass$') ~= nil, 'lens title: ' .. titles[1])
  ok('code lens: ' .. titles[1])

  -- 6. The AWS sample: "Generate IX config" creates a new file beside it, named after the VPN.
  vim.cmd('edit ' .. vim.fn.fnameescape(dir .. '/aws/downloaded-sample.txt'))
  local sample_buf = vim.api.nvim_get_current_buf()
  local sample_uri = vim.uri_from_bufnr(sample_buf)
  vim.lsp.buf_attach_client(sample_buf, client_id)
  local sample_actions = vim.lsp.buf_request_sync(sample_buf, 'textDocument/codeAction', {
    textDocument = { uri = sample_uri },
    range = { start = { line = 0, character = 0 }, ['end'] = { line = 0, character = 0 } },
    context = { diagnostics = {} },
  }, WAIT_MS)
  local generate
  for _, response in pairs(sample_actions or {}) do
    for _, action in ipairs(response.result or {}) do
      if action.title:find('Generate IX config %(IKEv1%)') then
        generate = action
      end
    end
  end
  check(generate ~= nil and generate.command ~= nil, 'the sample offers "Generate IX config"')
  local client = vim.lsp.get_client_by_id(client_id)
  local result, done = nil, false
  client.request('workspace/executeCommand', generate.command, function(err, res)
    check(err == nil, 'ixls.generateConfig succeeds: ' .. vim.inspect(err))
    result, done = res, true
  end, sample_buf)
  check(vim.wait(WAIT_MS, function() return done end, 20), 'ixls.generateConfig answers in time')
  check(applied_edits >= 1, 'the server applied a workspace edit through Neovim')
  local expected = dir .. '/aws/vpn-0e88bfbe4ce7ff72a.ix'
  check(result.uri == vim.uri_from_fname(expected), 'the new file is named after the VPN: ' .. tostring(result.uri))
  local generated_buf = vim.uri_to_bufnr(result.uri)
  vim.fn.bufload(generated_buf)
  local text = table.concat(vim.api.nvim_buf_get_lines(generated_buf, 0, -1, false), '\n')
  check(text:find('ike policy ike%-policy1 peer 18%.182%.91%.31') ~= nil, 'the new file holds the IX config')
  check(text:find('interface Tunnel1%.0') ~= nil, 'with both tunnels')
  check(vim.fn.filereadable(expected) == 1, 'the file exists on disk')
  ok('generate: ' .. vim.fn.fnamemodify(expected, ':t') .. ' created beside the sample')

  -- 7. Shut down cleanly.
  client.stop()
  check(vim.wait(WAIT_MS, function() return vim.lsp.get_client_by_id(client_id) == nil end, 20),
    'the server stops on shutdown')
  ok('shutdown')

  -- 8. No workspace folder, the sample named in init_options, a config opened at once: the FIRST
  --    diagnostics already hold the cross-checks against the sample (IX502, IX503, IX506).
  local first = {} -- uri -> the first publishDiagnostics params
  local links_told = {}
  local bare_id = vim.lsp.start_client({
    name = 'ixls-bare',
    cmd = { java, '-jar', jar, 'lsp', '--stdio' },
    -- The server sends its own ixls/linksChanged only to a client that says it takes it.
    capabilities = vim.tbl_deep_extend('force', vim.lsp.protocol.make_client_capabilities(),
      { experimental = { ixls = { linksChanged = true } } }),
    init_options = {
      locale = 'en',
      diagnostics = { delayMs = 0 },
      awsSamples = { dir .. '/aws/downloaded-sample.txt' },
    },
    handlers = {
      ['textDocument/publishDiagnostics'] = function(_, result)
        if first[result.uri] == nil then
          first[result.uri] = result
        end
      end,
      ['ixls/linksChanged'] = function(_, result)
        for _, uri in ipairs(result.uris or {}) do
          links_told[uri] = true
        end
      end,
    },
  })
  check(bare_id ~= nil, 'a second server starts without a workspace folder')
  vim.cmd('edit ' .. vim.fn.fnameescape(dir .. '/bare/router.ix'))
  vim.bo.filetype = 'nec-ix'
  local bare_buf = vim.api.nvim_get_current_buf()
  local bare_uri = vim.uri_from_bufnr(bare_buf)
  vim.lsp.buf_attach_client(bare_buf, bare_id)
  check(vim.wait(WAIT_MS, function() return first[bare_uri] ~= nil end, 20), 'the first diagnostics arrive')
  local codes = {}
  for _, d in ipairs(first[bare_uri].diagnostics) do
    codes[d.code] = true
  end
  for _, code in ipairs({ 'IX502', 'IX503', 'IX506' }) do
    check(codes[code], code .. ' is in the first diagnostics: ' .. vim.inspect(vim.tbl_keys(codes)))
  end
  check(not codes['IX201'], 'the mistyped peer is one finding (no IX201 beside IX502)')
  check(vim.wait(WAIT_MS, function() return links_told[bare_uri] end, 20), 'ixls/linksChanged names the config')
  ok('first open without a workspace folder: IX502, IX503, IX506 on the first publish')
  vim.lsp.get_client_by_id(bare_id).stop()
  check(vim.wait(WAIT_MS, function() return vim.lsp.get_client_by_id(bare_id) == nil end, 20),
    'the second server stops on shutdown')
  io.stdout:write(passed .. ' passed, 0 failed\n')
  vim.cmd('qall!')
end)
