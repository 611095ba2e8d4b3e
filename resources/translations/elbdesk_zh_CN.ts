<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ElbDesk::AddMembersRequest</name>
    <message>
        <location filename="../../app/core/api/addmembersrequest.cpp" line="+36"/>
        <source>no server to add</source>
        <translation>没有要添加的服务器</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid server id &quot;%1&quot;: expected a UUID</source>
        <translation>无效的服务器 ID &quot;%1&quot;：应为 UUID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid private IP &quot;%1&quot; for server %2</source>
        <translation>服务器 %2 的私有 IP &quot;%1&quot; 无效</translation>
    </message>
</context>
<context>
    <name>ElbDesk::ApiClient</name>
    <message>
        <location filename="../../app/core/api/apiclient.cpp" line="+43"/>
        <source>&quot;%1&quot; is not a usable endpoint URL</source>
        <translation>&quot;%1&quot; 不是可用的端点 URL</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>plain http to %1 is not allowed; use https (plain http is accepted for loopback addresses only)</source>
        <translation>不允许以明文 http 访问 %1，请使用 https（仅回环地址允许明文 http）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unsupported URL scheme &quot;%1&quot;</source>
        <translation>不支持的 URL 协议 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cannot read the CA file %1: %2</source>
        <translation>无法读取 CA 文件 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the CA file %1 holds no PEM certificate</source>
        <translation>CA 文件 %1 中没有 PEM 证书</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no network access manager</source>
        <translation>没有网络访问管理器</translation>
    </message>
</context>
<context>
    <name>ElbDesk::ApiError</name>
    <message>
        <location filename="../../app/core/api/apierror.cpp" line="+52"/>
        <source>No error.</source>
        <translation>没有错误。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network failure: %1.</source>
        <translation>网络故障：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No complete answer from the server in time: %1.</source>
        <translation>服务器未及时返回完整应答：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s answer could not be read: %1.</source>
        <translation>无法读取服务器的应答：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s answer was too large: %1.</source>
        <translation>服务器的应答过大：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused before sending: %1.</source>
        <translation>发送前已拒绝：%1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Classic ELB is not available in this region or project: the API gateway answered HTTP 404%1: %2.</source>
        <translation>此区域或项目不提供经典型 ELB：API 网关返回 HTTP 404%1：%2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Authentication failed</source>
        <translation>认证失败</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The load balancer is busy</source>
        <translation>负载均衡器正忙</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Throttled by the API gateway</source>
        <translation>被 API 网关限流</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server failure</source>
        <translation>服务器故障</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The API refused the request</source>
        <translation>API 拒绝了请求</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: HTTP %2%3: %4.</source>
        <translation>%1：HTTP %2%3：%4。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request id %1.</source>
        <translation>请求 ID %1。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>no details in the answer</source>
        <translation>应答中没有详细信息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognised error body &quot;%1&quot;</source>
        <translation>无法识别的错误内容 &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ElbDesk::ApiRequest</name>
    <message>
        <location filename="../../app/core/api/apirequest.cpp" line="+40"/>
        <source>no API client</source>
        <translation>没有 API 客户端</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+128"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>more than %1 MiB; the rest was not read</source>
        <translation>超过 %1 MiB，其余部分未读取</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 s without a complete answer from %2</source>
        <translation>%1 秒内未收到 %2 的完整应答</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the server redirected to %1; redirects are not followed so the credentials stay with the configured endpoint</source>
        <translation>服务器重定向到 %1；为使凭据只发往配置的端点，不跟随重定向</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another address</source>
        <translation>其他地址</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the TLS certificate of %1 is not trusted (%2); add its CA certificate to the connection to trust it</source>
        <translation>%1 的 TLS 证书不受信任（%2）；如需信任，请将其 CA 证书添加到连接中</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the connection to %1 closed before the answer arrived</source>
        <translation>与 %1 的连接在应答到达前已关闭</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no HTTP status in the answer</source>
        <translation>应答中没有 HTTP 状态码</translation>
    </message>
</context>
<context>
    <name>ElbDesk::AppearanceMenu</name>
    <message>
        <location filename="../../ui/appearancemenu.cpp" line="+8"/>
        <source>&amp;Appearance</source>
        <translation>外观(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ElbDesk::Authenticator</name>
    <message>
        <location filename="../../app/core/auth/akskauthenticator.cpp" line="+50"/>
        <source>AK/SK authentication needs a project id or a project name</source>
        <translation>AK/SK 认证需要项目 ID 或项目名称</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>AK/SK signing (scheme %1), access key %2</source>
        <translation>AK/SK 签名（方案 %1），访问密钥 %2</translation>
    </message>
    <message>
        <location filename="../../app/core/auth/passwordauthenticator.cpp" line="+91"/>
        <source>IAM password, no token yet</source>
        <translation>IAM 密码，尚未获取令牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IAM token valid until %1</source>
        <translation>IAM 令牌有效期至 %1</translation>
    </message>
    <message>
        <location filename="../../app/core/auth/tokenauthenticator.cpp" line="+58"/>
        <source>pasted token valid until %1</source>
        <translation>粘贴的令牌有效期至 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pasted token (session only)</source>
        <translation>粘贴的令牌（仅限本次会话）</translation>
    </message>
</context>
<context>
    <name>ElbDesk::Cli</name>
    <message>
        <location filename="../../app/cli/clichanges.cpp" line="+192"/>
        <source>removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>still present</source>
        <translation>仍存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not present</source>
        <translation>不存在</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../../app/cli/cliconnection.cpp" line="+29"/>
        <source>OS_CLOUD is &quot;%1&quot; but no clouds.yaml was found (OS_CLIENT_CONFIG_FILE, ./clouds.yaml, ~/.config/openstack/clouds.yaml, /etc/openstack/clouds.yaml)</source>
        <translation>OS_CLOUD 为 &quot;%1&quot;，但未找到 clouds.yaml（OS_CLIENT_CONFIG_FILE、./clouds.yaml、~/.config/openstack/clouds.yaml、/etc/openstack/clouds.yaml）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no cloud &quot;%1&quot; in %2</source>
        <translation>%2 中没有云 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>cloud %1</source>
        <translation>云 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cloud &quot;%1&quot;: %2</source>
        <translation>云 &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no saved connection named &quot;%1&quot;</source>
        <translation>没有名为 &quot;%1&quot; 的已保存连接</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>no ELB endpoint for cloud &quot;%1&quot;: give --elb-endpoint URL, a known region or elb_endpoint_override in clouds.yaml</source>
        <translation>云 &quot;%1&quot; 没有 ELB 端点：请指定 --elb-endpoint URL、已知的区域，或在 clouds.yaml 中设置 elb_endpoint_override</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no ELB endpoint: give --elb-endpoint URL or a known --region</source>
        <translation>没有 ELB 端点：请指定 --elb-endpoint URL 或已知的 --region</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--elb-endpoint &quot;%1&quot; is not a URL</source>
        <translation>--elb-endpoint &quot;%1&quot; 不是 URL</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>AK/SK authentication needs OS_ACCESS_KEY</source>
        <translation>AK/SK 认证需要 OS_ACCESS_KEY</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AK/SK authentication needs OS_SECRET_KEY in the environment</source>
        <translation>AK/SK 认证需要环境变量 OS_SECRET_KEY</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>password authentication needs OS_USERNAME and OS_USER_DOMAIN_NAME (or OS_DOMAIN_NAME)</source>
        <translation>密码认证需要 OS_USERNAME 和 OS_USER_DOMAIN_NAME（或 OS_DOMAIN_NAME）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>password authentication needs OS_PASSWORD in the environment (credentials are never taken from the command line)</source>
        <translation>密码认证需要环境变量 OS_PASSWORD（凭据从不从命令行读取）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>password authentication needs an IAM endpoint: --iam-endpoint, OS_AUTH_URL or a known --region</source>
        <translation>密码认证需要 IAM 端点：--iam-endpoint、OS_AUTH_URL 或已知的 --region</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no credentials: set OS_USERNAME/OS_PASSWORD/OS_USER_DOMAIN_NAME, OS_ACCESS_KEY/OS_SECRET_KEY or OS_AUTH_TOKEN, or use --profile</source>
        <translation>没有凭据：请设置 OS_USERNAME/OS_PASSWORD/OS_USER_DOMAIN_NAME、OS_ACCESS_KEY/OS_SECRET_KEY 或 OS_AUTH_TOKEN，或使用 --profile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>token authentication needs --project-id (or an IAM endpoint to look it up)</source>
        <translation>令牌认证需要 --project-id（或用于查询项目 ID 的 IAM 端点）</translation>
    </message>
    <message>
        <location filename="../../app/cli/clifind.cpp" line="+53"/>
        <source>Listener %1 (%2) could not be searched: %3</source>
        <translation>无法搜索监听器 %1（%2）：%3</translation>
    </message>
    <message>
        <location filename="../../app/cli/clioptions.cpp" line="+15"/>
        <source>Commands:
  loadbalancers                           list the load balancers of the project
  listeners [--loadbalancer LB_ID]        list listeners (of one load balancer)
  members LISTENER_ID                     list every member of a listener (all pages)
  remove LISTENER_ID MEMBER_ID... [--yes] remove members in one request, wait for the job,
                                          verify by re-listing
  add LISTENER_ID SERVER_ID:PRIVATE_IP... add servers (undo of a removal), wait for the job
  job JOB_ID                              show a job
  journal                                 every removal and re-add sent from this computer,
                                          oldest first; operations a crash left unfinished
                                          are resolved first (never re-sent)
  undo OPERATION_ID                       re-add the servers of a journaled removal (of its
                                          whole group, for remove-server) with their server
                                          id and private IP; servers already present are
                                          reported, not added twice; waits for the job
  find QUERY                              every listener of every load balancer a server
                                          sits in
  remove-server QUERY [--yes]             remove a server from every listener it sits in:
                                          one request per listener, journaled as one group
QUERY is a server id (exact), a private IP (exact) or part of a server name (any case).

Every removal and re-add is written to the journal before it is sent (nothing is sent
when it cannot be written). The journal is the desktop app&apos;s, in the application data
folder; ELBDESK_JOURNAL=PATH uses another file.

Credentials come from the environment, never from the command line:
  OS_USERNAME, OS_PASSWORD, OS_USER_DOMAIN_NAME (or OS_DOMAIN_NAME)   IAM password
  OS_ACCESS_KEY, OS_SECRET_KEY                                        AK/SK signing
  OS_AUTH_TOKEN                                                       an IAM token
  OS_PROJECT_NAME, OS_PROJECT_ID, OS_REGION_NAME, OS_AUTH_URL (IAM, with or without /v3)
or from the system keychain for --profile NAME, or from clouds.yaml for OS_CLOUD=NAME
(or --os-cloud NAME): $OS_CLIENT_CONFIG_FILE, ./clouds.yaml, ~/.config/openstack/clouds.yaml,
/etc/openstack/clouds.yaml, with secure.yaml merged; OS_* variables override its values.
The file is only read; its password or sk is used for this run only.
Proxies: https_proxy/HTTPS_PROXY, http_proxy/HTTP_PROXY, no_proxy/NO_PROXY, else the
system&apos;s settings; loopback is never proxied.
--auth defaults to aksk when both keys are set, else password, else token.

Exit status: 0 success; 1 the job ended FAIL or its outcome is unknown; 2 usage error;
3 authentication failed; 4 the API refused the request (4xx); 5 network or server failure
after retries, or the journal cannot be written (then nothing is sent). remove-server
exits 4 when no member matches and 0 only when every listener&apos;s removal succeeded.</source>
        <translation>命令：
  loadbalancers                           列出项目中的负载均衡器
  listeners [--loadbalancer LB_ID]        列出监听器（可限定为某个负载均衡器）
  members LISTENER_ID                     列出监听器的所有成员（所有分页）
  remove LISTENER_ID MEMBER_ID... [--yes] 在一个请求中移除成员，等待任务完成，
                                          并重新列出以验证
  add LISTENER_ID SERVER_ID:PRIVATE_IP... 添加服务器（撤销移除），等待任务完成
  job JOB_ID                              显示任务
  journal                                 本机发出的所有移除和重新添加操作，按时间
                                          先后排列；先确认崩溃时未完成的操作的结果
                                          （从不重新发送）
  undo OPERATION_ID                       按服务器 ID 和私有 IP 重新添加操作日志中某次
                                          移除（remove-server 则为整组）的服务器；
                                          已存在的服务器只会报告，不会重复添加；
                                          等待任务完成
  find QUERY                              查找服务器所在的所有负载均衡器的所有监听器
  remove-server QUERY [--yes]             从服务器所在的所有监听器中移除该服务器：
                                          每个监听器一个请求，在操作日志中记为一组
QUERY 为服务器 ID（完全匹配）、私有 IP（完全匹配）或服务器名称的一部分（不区分大小写）。

每次移除和重新添加都会在发送前写入操作日志（无法写入时不发送任何请求）。
操作日志与桌面应用共用，位于应用数据目录；ELBDESK_JOURNAL=PATH 可指定其他文件。

凭据只从环境变量读取，从不从命令行读取：
  OS_USERNAME、OS_PASSWORD、OS_USER_DOMAIN_NAME（或 OS_DOMAIN_NAME）  IAM 密码
  OS_ACCESS_KEY、OS_SECRET_KEY                                        AK/SK 签名
  OS_AUTH_TOKEN                                                       IAM 令牌
  OS_PROJECT_NAME、OS_PROJECT_ID、OS_REGION_NAME、OS_AUTH_URL（IAM，带或不带 /v3）
也可使用 --profile NAME 从系统密钥环读取，或使用 OS_CLOUD=NAME（或 --os-cloud NAME）从 clouds.yaml
读取：$OS_CLIENT_CONFIG_FILE、./clouds.yaml、~/.config/openstack/clouds.yaml、
/etc/openstack/clouds.yaml，并合并 secure.yaml；OS_* 变量优先于文件中的值。
只读取该文件，不会改写；其中的 password 或 sk 仅用于本次运行。
代理：https_proxy/HTTPS_PROXY、http_proxy/HTTP_PROXY、no_proxy/NO_PROXY，否则使用
系统设置；回环地址从不经过代理。
两个密钥都已设置时 --auth 默认为 aksk，否则为 password，再否则为 token。

退出状态：0 成功；1 任务以 FAIL 结束或结果未知；2 用法错误；
3 认证失败；4 API 拒绝了请求（4xx）；5 重试后仍为网络或服务器故障，
或无法写入操作日志（此时不发送任何请求）。remove-server 在没有匹配的成员时
退出状态为 4，仅当所有监听器都移除成功时为 0。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>elbdesk-cli: list, remove and re-add backend servers of classic Elastic Load Balancer listeners (Open Telekom Cloud, Huawei Cloud, Flexible Engine).

</source>
        <translation>elbdesk-cli：列出、移除和重新添加经典型弹性负载均衡（ELB）监听器的后端服务器（Open Telekom Cloud、华为云、Flexible Engine）。

</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ELB endpoint, e.g. https://elb.eu-de.otc.t-systems.com.</source>
        <translation>ELB 端点，例如 https://elb.eu-de.otc.t-systems.com。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>IAM endpoint (default: OS_AUTH_URL or the region&apos;s).</source>
        <translation>IAM 端点（默认：OS_AUTH_URL 或区域的 IAM 端点）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project id (default: OS_PROJECT_ID, or learnt from IAM).</source>
        <translation>项目 ID（默认：OS_PROJECT_ID，或从 IAM 查询）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project name (default: OS_PROJECT_NAME, or the region).</source>
        <translation>项目名称（默认：OS_PROJECT_NAME，或区域名）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+8"/>
        <location line="+1"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Region, e.g. eu-de; picks the endpoints (default: OS_REGION_NAME).</source>
        <translation>区域，例如 eu-de；据此选择端点（默认：OS_REGION_NAME）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication: password, aksk or token.</source>
        <translation>认证方式：password、aksk 或 token。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>METHOD</source>
        <translation>METHOD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AK/SK signing scheme: a (default) or b.</source>
        <translation>AK/SK 签名方案：a（默认）或 b。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SCHEME</source>
        <translation>SCHEME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON with the API&apos;s own field names (journal: the journal&apos;s).</source>
        <translation>输出 JSON，使用 API 自身的字段名（journal 命令：操作日志的字段名）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds to wait for a job before its outcome is unknown (default 600).</source>
        <translation>等待任务的秒数，超时后结果视为未知（默认 600）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra CA certificates (PEM) to trust.</source>
        <translation>额外信任的 CA 证书（PEM）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a saved connection; its secret comes from the keychain.</source>
        <translation>使用已保存的连接；其密钥从密钥环读取。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a cloud of clouds.yaml (default: OS_CLOUD).</source>
        <translation>使用 clouds.yaml 中的云（默认：OS_CLOUD）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>listeners: only those of this load balancer.</source>
        <translation>listeners：仅列出此负载均衡器的监听器。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LB_ID</source>
        <translation>LB_ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove, remove-server: do not ask for confirmation.</source>
        <translation>remove、remove-server：不要求确认。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What to do (see Commands).</source>
        <translation>要执行的命令（参见“命令”）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command&apos;s arguments.</source>
        <translation>命令的参数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[arguments...]</source>
        <translation>[arguments...]</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no command given; see --help</source>
        <translation>未指定命令；请参阅 --help</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--signing must be a or b, not &quot;%1&quot;</source>
        <translation>--signing 必须为 a 或 b，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--auth must be password, aksk or token, not &quot;%1&quot;</source>
        <translation>--auth 必须为 password、aksk 或 token，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--timeout takes a positive number of seconds</source>
        <translation>--timeout 需要正数秒数</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown command &quot;%1&quot;; see --help</source>
        <translation>未知命令 &quot;%1&quot;；请参阅 --help</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>usage: elbdesk-cli [options] %1</source>
        <translation>用法：elbdesk-cli [选项] %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>undo takes an operation id from &quot;journal&quot; (a positive number), not &quot;%1&quot;</source>
        <translation>undo 需要 &quot;journal&quot; 输出中的操作 ID（正整数），而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 needs a server name, private IP or server id</source>
        <translation>%1 需要服务器名称、私有 IP 或服务器 ID</translation>
    </message>
</context>
<context>
    <name>ElbDesk::Cli::CliRunner</name>
    <message>
        <location filename="../../app/cli/clichanges.cpp" line="-164"/>
        <source>invalid member id &quot;%1&quot;: expected 32 lower-case hex characters (the member id from &quot;members&quot;, not the server id)</source>
        <translation>无效的成员 ID &quot;%1&quot;：应为 32 位小写十六进制字符（&quot;members&quot; 输出中的成员 ID，而不是服务器 ID）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a member id is given more than once</source>
        <translation>同一成员 ID 指定了多次</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not on listener %1: %2; nothing was sent</source>
        <translation>不在监听器 %1 上：%2；未发送任何请求</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/cli/clifind.cpp" line="+143"/>
        <source>removal cancelled; nothing was sent</source>
        <translation>已取消移除；未发送任何请求</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>About to remove %n member(s) from listener %1:</source>
        <translation>
            <numerusform>即将从监听器 %1 移除 %n 个成员：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+182"/>
        <location filename="../../app/cli/clifind.cpp" line="-109"/>
        <location line="+100"/>
        <location filename="../../app/cli/clirunner.cpp" line="+235"/>
        <source>SERVER NAME</source>
        <translation>服务器名称</translation>
    </message>
    <message>
        <location line="-182"/>
        <location line="+183"/>
        <location filename="../../app/cli/clifind.cpp" line="-100"/>
        <location line="+100"/>
        <location filename="../../app/cli/clirunner.cpp" line="+0"/>
        <source>PRIVATE IP</source>
        <translation>私有 IP</translation>
    </message>
    <message>
        <location line="-183"/>
        <location line="+182"/>
        <location filename="../../app/cli/clifind.cpp" line="-101"/>
        <location line="+101"/>
        <location filename="../../app/cli/clirunner.cpp" line="+0"/>
        <source>MEMBER ID</source>
        <translation>成员 ID</translation>
    </message>
    <message>
        <location line="-182"/>
        <location filename="../../app/cli/clifind.cpp" line="-100"/>
        <location line="+100"/>
        <location filename="../../app/cli/clirunner.cpp" line="+1"/>
        <source>HEALTH</source>
        <translation>健康状态</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/cli/clifind.cpp" line="+6"/>
        <source>Established connections continue until they time out.</source>
        <translation>已建立的连接会保持到超时为止。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove them?</source>
        <translation>确定移除吗？</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type &quot;yes&quot; to confirm: </source>
        <translation>输入 &quot;yes&quot; 确认：</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Removing %n member(s) from listener %1 in one request…</source>
        <translation>
            <numerusform>正在通过一个请求从监听器 %1 移除 %n 个成员…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not SERVER_ID:PRIVATE_IP (a server UUID and its private IP)</source>
        <translation>&quot;%1&quot; 不是 SERVER_ID:PRIVATE_IP 格式（服务器 UUID 及其私有 IP）</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../app/cli/clijournal.cpp" line="+206"/>
        <source>Server %1 (%2) is already a member of listener %3 (member id %4); not added again.</source>
        <translation>服务器 %1（%2）已是监听器 %3 的成员（成员 ID %4）；不再重复添加。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Adding %n server(s) to listener %1 in one request…</source>
        <translation>
            <numerusform>正在通过一个请求向监听器 %1 添加 %n 台服务器…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Job %1 started for listener %2; following it.</source>
        <translation>已为监听器 %2 启动任务 %1，正在跟踪。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job %1 started; following it.</source>
        <translation>已启动任务 %1，正在跟踪。</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>NEW MEMBER ID</source>
        <translation>新成员 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/cli/clifind.cpp" line="-106"/>
        <location line="+100"/>
        <location filename="../../app/cli/clirunner.cpp" line="-1"/>
        <source>SERVER ID</source>
        <translation>服务器 ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RESULT</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/cli/clifind.cpp" line="-101"/>
        <location filename="../../app/cli/clijournal.cpp" line="-76"/>
        <source>LISTENER</source>
        <translation>监听器</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Listener %1: </source>
        <translation>监听器 %1：</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Journaled as operation %1; to put the servers back: elbdesk-cli undo %1</source>
        <translation>已在操作日志中记为操作 %1；如需恢复这些服务器：elbdesk-cli undo %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/clifind.cpp" line="-46"/>
        <source>Searching the members of %1 listeners: %2 done…</source>
        <translation>正在搜索 %1 个监听器的成员：已完成 %2 个…</translation>
    </message>
    <message>
        <location line="+46"/>
        <location filename="../../app/cli/clirunner.cpp" line="-33"/>
        <source>LOAD BALANCER</source>
        <translation>负载均衡器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LISTENER ID</source>
        <translation>监听器 ID</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No member of the %1 listeners matches &quot;%2&quot;.</source>
        <translation>%1 个监听器中没有与 &quot;%2&quot; 匹配的成员。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&quot;%1&quot; is in %n listener(s) of the %2 searched.</source>
        <translation>
            <numerusform>在搜索的 %2 个监听器中，&quot;%1&quot; 位于 %n 个监听器中。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n listener(s) could not be searched: the list may be incomplete</source>
        <translation>
            <numerusform>有 %n 个监听器无法搜索：列表可能不完整</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n listener(s) could not be searched, so the server may sit in more listeners than were found; nothing was sent</source>
        <translation>
            <numerusform>有 %n 个监听器无法搜索，服务器可能还位于未找到的监听器中；未发送任何请求</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no member of any of the %1 listeners matches &quot;%2&quot;; nothing was sent</source>
        <translation>%1 个监听器中没有与 &quot;%2&quot; 匹配的成员；未发送任何请求</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>&quot;%1&quot; matches %n membership(s)</source>
        <translation>
            <numerusform>&quot;%1&quot; 匹配 %n 个成员，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n listener(s)</source>
        <translation>
            <numerusform>分布在 %n 个监听器中，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>of %n load balancer(s):</source>
        <translation>
            <numerusform>涉及 %n 个负载均衡器：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: %1 different servers match; every one of them will be removed.</source>
        <translation>注意：有 %1 台不同的服务器匹配；这些服务器都将被移除。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Listener %1 (%2) of load balancer %3:</source>
        <translation>负载均衡器 %3 的监听器 %1（%2）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  removes %1 of %2 members; %3 remain, %4 of them healthy</source>
        <translation>  移除 %2 个成员中的 %1 个；剩余 %3 个，其中 %4 个正常</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  WARNING: this leaves the listener without any member.</source>
        <translation>  警告：移除后该监听器将没有任何成员。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  WARNING: this leaves the listener without a healthy member.</source>
        <translation>  警告：移除后该监听器将没有正常的成员。</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Remove from these %n listener(s)?</source>
        <translation>
            <numerusform>从这 %n 个监听器中移除吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Removing from %n listener(s), one request each…</source>
        <translation>
            <numerusform>正在从 %n 个监听器中移除，每个监听器一个请求…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/clijournal.cpp" line="-90"/>
        <source>Warning: the journal could not be updated (%1); the operation goes on.</source>
        <translation>警告：无法更新操作日志（%1）；操作继续进行。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot open the journal %1: %2; nothing was sent</source>
        <translation>无法打开操作日志 %1：%2；未发送任何请求</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>cannot write the journal %1 (%2), so the request for listener %3 was not sent</source>
        <translation>无法写入操作日志 %1（%2），因此未发送监听器 %3 的请求</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Resolving %n operation(s) left unfinished (nothing is sent again)…</source>
        <translation>
            <numerusform>正在确认 %n 个未完成操作的结果（不会重新发送任何请求）…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operation %1 resolved: %2</source>
        <translation>操作 %1 已确认：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operation %1 is still unresolved: %2</source>
        <translation>操作 %1 仍未确认：%2</translation>
    </message>
    <message>
        <location line="+33"/>
        <location filename="../../app/cli/clirunner.cpp" line="-23"/>
        <location line="+23"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WHEN</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SERVERS</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/cli/clirunner.cpp" line="+62"/>
        <source>JOB ID</source>
        <translation>任务 ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/cli/clirunner.cpp" line="-85"/>
        <location line="+24"/>
        <location line="+33"/>
        <location line="+28"/>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (undo of %1)</source>
        <translation>（撤销 %1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (unfinished)</source>
        <translation>%1（未完成）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The journal %1 is empty.</source>
        <translation>操作日志 %1 为空。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no operation %1 in the journal %2</source>
        <translation>操作日志 %2 中没有操作 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>operation %1 is a re-add, not a removal; only a removal can be undone</source>
        <translation>操作 %1 是重新添加，不是移除；只能撤销移除操作</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Member %1 of operation %2 has no server id or private IP in the journal; it cannot be re-added.</source>
        <translation>操作日志中操作 %2 的成员 %1 没有服务器 ID 或私有 IP，无法重新添加。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nothing was sent.</source>
        <translation>未发送任何请求。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>operation %1 was in project %2, not in this connection&apos;s project %3; nothing was sent</source>
        <translation>操作 %1 属于项目 %2，而不是此连接的项目 %3；未发送任何请求</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every server of the removal is on its listener already; nothing was sent.</source>
        <translation>该次移除的所有服务器都已在其监听器上；未发送任何请求。</translation>
    </message>
    <message>
        <location filename="../../app/cli/clirunner.cpp" line="-212"/>
        <source>%1 must be after-intent, after-post or while-polling</source>
        <translation>%1 必须为 after-intent、after-post 或 while-polling</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Operations whose outcome is not known cannot be resolved without a connection (%1); they are listed as they are.</source>
        <translation>没有连接（%1），无法确认结果未知的操作；按原样列出。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>refusing to remove members without confirmation: no terminal to ask on; pass --yes</source>
        <translation>未经确认拒绝移除成员：没有可用于询问的终端；请指定 --yes</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot read the secret of connection &quot;%1&quot; from the keychain: %2</source>
        <translation>无法从密钥环读取连接 &quot;%1&quot; 的密钥：%2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>ELB endpoint refused: %1</source>
        <translation>ELB 端点被拒绝：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Throttled by the API gateway; its Retry-After is too long, retrying in %1 s instead.</source>
        <translation>被 API 网关限流；其 Retry-After 过长，改为 %1 秒后重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Throttled by the API gateway; retrying in %1 s.</source>
        <translation>被 API 网关限流；%1 秒后重试。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+23"/>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+85"/>
        <source>TYPE</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ADMIN</source>
        <translation>管理状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BANDWIDTH</source>
        <translation>带宽</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>FRONT END</source>
        <translation>前端</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BACK END</source>
        <translation>后端</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MEMBERS</source>
        <translation>成员</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>BEGIN</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>END</source>
        <translation>结束</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ERROR</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Job %1 failed with %2: %3</source>
        <translation>任务 %1 失败，错误码 %2：%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job %1 has not finished (%2): its outcome is not known yet.</source>
        <translation>任务 %1 尚未结束（%2）：结果暂时未知。</translation>
    </message>
</context>
<context>
    <name>ElbDesk::CloudsImportDialog</name>
    <message>
        <location filename="../../ui/cloudsimportdialog.cpp" line="+53"/>
        <source>&amp;Choose File…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import from clouds.yaml</source>
        <translation>从 clouds.yaml 导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import connections from clouds.yaml</source>
        <translation>从 clouds.yaml 导入连接</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The clouds of your OpenStack clouds.yaml become saved connections. Passwords and secret keys go into the system keyring; the file itself is only read, never changed.</source>
        <translation>OpenStack clouds.yaml 中的云将成为已保存的连接。密码和秘密访问密钥保存到系统密钥环中；文件本身只会被读取，从不修改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose another clouds.yaml file</source>
        <translation>选择其他 clouds.yaml 文件</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clouds found in the file</source>
        <translation>文件中找到的云</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cloud</source>
        <translation>云</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Auth URL</source>
        <translation>认证 URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-in</source>
        <translation>登录方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secrets in the file</source>
        <translation>文件中的密钥</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import the checked clouds</source>
        <translation>导入勾选的云</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No clouds.yaml found in the usual places.</source>
        <translation>在常用位置未找到 clouds.yaml。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None of ./clouds.yaml, ~/.config/openstack/clouds.yaml or /etc/openstack/clouds.yaml exists (nor $OS_CLIENT_CONFIG_FILE). Choose the file instead.</source>
        <translation>./clouds.yaml、~/.config/openstack/clouds.yaml、/etc/openstack/clouds.yaml（以及 $OS_CLIENT_CONFIG_FILE）均不存在。请手动选择文件。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a clouds.yaml</source>
        <translation>选择 clouds.yaml</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>YAML 文件 (*.yaml *.yml);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file lists no clouds.</source>
        <translation>文件中没有列出任何云。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File: %1 (with %2)</source>
        <translation>文件：%1（及 %2）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>AK/SK (%1)</source>
        <translation>AK/SK（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>password (user %1)</source>
        <translation>密码（用户 %1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>secret key</source>
        <translation>秘密访问密钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2, %3</source>
        <comment>cloud, sign-in, problems</comment>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 (%2)</source>
        <comment>connection name, number</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Check the clouds to import first.</source>
        <translation>请先勾选要导入的云。</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Imported %n connection(s). %1 was not changed.</source>
        <translation>
            <numerusform>已导入 %n 个连接。%1 未被修改。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Imported %n connection(s); %1 could not be imported (see Problems). The file was not changed.</source>
        <translation>
            <numerusform>已导入 %n 个连接；%1 个无法导入（请查看“问题”列）。文件未被修改。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>not imported: %1 cannot be written</source>
        <translation>未导入：无法写入 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>imported as “%1” (no secret in the file)</source>
        <translation>已导入为“%1”（文件中没有密钥）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not imported: the keyring refused the secret. %1</source>
        <translation>未导入：密钥环拒绝保存密钥。%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>imported as “%1”; secret in the keyring</source>
        <translation>已导入为“%1”；密钥已保存到密钥环</translation>
    </message>
</context>
<context>
    <name>ElbDesk::CloudsYamlLocator</name>
    <message>
        <location filename="../../app/core/config/cloudsyamllocator.cpp" line="+74"/>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is too large for a clouds.yaml</source>
        <translation>%1 过大，不像是 clouds.yaml 文件</translation>
    </message>
</context>
<context>
    <name>ElbDesk::CloudsYamlReader</name>
    <message>
        <location filename="../../app/core/config/cloudsyamlreader.cpp" line="+34"/>
        <source>line %1: %2%3 must be a single value</source>
        <translation>第 %1 行：%2%3 必须是单个值</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>the file holds no clouds</source>
        <translation>文件中没有任何云</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1: expected &quot;clouds:&quot; at the top</source>
        <translation>第 %1 行：顶部应为 &quot;clouds:&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>secure.yaml: %1</source>
        <translation>secure.yaml：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no &quot;clouds:&quot; section</source>
        <translation>没有 &quot;clouds:&quot; 部分</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1: &quot;clouds:&quot; must hold one entry per cloud</source>
        <translation>第 %1 行：&quot;clouds:&quot; 下每个云应为一个条目</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>line %1: the cloud must be a mapping (auth:, region_name:, …)</source>
        <translation>第 %1 行：云必须是映射（auth:、region_name: 等）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1: auth must be a mapping</source>
        <translation>第 %1 行：auth 必须是映射</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>several regions are listed; %1 is used</source>
        <translation>列出了多个区域；使用 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>auth.user_domain_id is not supported: give auth.user_domain_name (the domain&apos;s name)</source>
        <translation>不支持 auth.user_domain_id：请提供 auth.user_domain_name（账号名）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;verify: false&quot; is ignored: certificates are always checked (use cacert)</source>
        <translation>已忽略 &quot;verify: false&quot;：始终校验证书（请使用 cacert）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>elb_endpoint_override is not an http(s) URL</source>
        <translation>elb_endpoint_override 不是 http(s) URL</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>holds a password and AK/SK; the password is used (auth_type: aksk uses the keys)</source>
        <translation>同时包含密码和 AK/SK；将使用密码（auth_type: aksk 时使用密钥）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>auth_type %1 is not imported: tokens expire; use a password or AK/SK</source>
        <translation>不导入 auth_type %1：令牌会过期；请使用密码或 AK/SK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auth_type %1 is not supported (password, v3password or aksk)</source>
        <translation>不支持 auth_type %1（支持 password、v3password 或 aksk）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>auth.username is missing</source>
        <translation>缺少 auth.username</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auth.user_domain_name (or auth.domain_name) is missing</source>
        <translation>缺少 auth.user_domain_name（或 auth.domain_name）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no password in the file: it is asked for when the connection is opened</source>
        <translation>文件中没有密码：将在打开连接时询问</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ak is missing</source>
        <translation>缺少 ak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no sk in the file: it is asked for when the connection is opened</source>
        <translation>文件中没有 sk：将在打开连接时询问</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>auth.auth_url is not an http(s) URL</source>
        <translation>auth.auth_url 不是 http(s) URL</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>no auth.auth_url: the IAM endpoint of %1 is used</source>
        <translation>没有 auth.auth_url：使用 %1 的 IAM 端点</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auth.auth_url is missing (and no known region_name to take it from)</source>
        <translation>缺少 auth.auth_url（且没有可用于推断的已知 region_name）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No ELB endpoint is known for this cloud: enter it (Edit) before opening the connection</source>
        <translation>ELB 端点未知（此云没有已知的端点）：请先通过“编辑”填写，再打开连接</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no project_name or project_id: the project %1 is used</source>
        <translation>没有 project_name 或 project_id：使用项目 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auth.project_name (or auth.project_id) is missing</source>
        <translation>缺少 auth.project_name（或 auth.project_id）</translation>
    </message>
</context>
<context>
    <name>ElbDesk::ConnectionDialog</name>
    <message>
        <location filename="../../ui/connectiondialog.ui" line="+35"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connection name</source>
        <translation>连接名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Production eu-de</source>
        <translation>例如：生产环境 eu-de</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Cloud and region:</source>
        <translation>云和区域(&amp;C)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cloud and region</source>
        <translation>云和区域</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional, e.g. eu-de</source>
        <translation>可选，例如 eu-de</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;ELB endpoint:</source>
        <translation>ELB 端点(&amp;E)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ELB endpoint URL</source>
        <translation>ELB 端点 URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>https://elb.example.com</source>
        <translation>https://elb.example.com</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;IAM endpoint:</source>
        <translation>IAM 端点(&amp;I)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>IAM endpoint URL</source>
        <translation>IAM 端点 URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>https://iam.example.com</source>
        <translation>https://iam.example.com</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Sign in with:</source>
        <translation>登录方式(&amp;S)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign-in method</source>
        <translation>登录方式</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign-in details</source>
        <translation>登录信息</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>IAM user name</source>
        <translation>IAM 用户名</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Domain (account) name:</source>
        <translation>账号名（域）(&amp;D)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Domain name</source>
        <translation>账号名（域）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Access key (AK):</source>
        <translation>访问密钥 AK(&amp;A)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Access key</source>
        <translation>访问密钥</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Secret &amp;key (SK):</source>
        <translation>秘密访问密钥 SK(&amp;K)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Secret key</source>
        <translation>秘密访问密钥</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Si&amp;gning:</source>
        <translation>签名方案(&amp;G)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signing scheme</source>
        <translation>签名方案</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>T&amp;oken:</source>
        <translation>令牌(&amp;O)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>IAM token</source>
        <translation>IAM 令牌</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Pro&amp;ject name:</source>
        <translation>项目名称(&amp;J)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/connectiondialog.cpp" line="+184"/>
        <source>e.g. eu-de</source>
        <translation>例如 eu-de</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Project i&amp;d:</source>
        <translation>项目 ID(&amp;D)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Project id</source>
        <translation>项目 ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional, 32 hexadecimal characters</source>
        <translation>可选，32 位十六进制字符</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Extra CA &amp;certificates:</source>
        <translation>额外的 CA 证书(&amp;C)：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CA certificate file</source>
        <translation>CA 证书文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional PEM file</source>
        <translation>可选的 PEM 文件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>B&amp;rowse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a CA certificate file</source>
        <translation>选择 CA 证书文件</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Use for This Session &amp;Only</source>
        <translation>仅用于本次会话(&amp;O)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save Connection</source>
        <translation>保存连接(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/connectiondialog.cpp" line="-124"/>
        <source>The token is kept in memory until ELB Desk quits. It is never saved; paste it again next time.</source>
        <translation>令牌只保存在内存中，直到 ELB Desk 退出。令牌从不保存到磁盘，下次请重新粘贴。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit Connection “%1”</source>
        <translation>编辑连接“%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change how ELB Desk reaches this cloud project. Leave the secret empty to keep the one already saved.</source>
        <translation>修改 ELB Desk 访问此云项目的方式。密钥留空则保留已保存的密钥。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add Cloud Connection</source>
        <translation>添加云连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the load balancers live and how to sign in. Passwords and secret keys are saved in the system keyring, never in a file.</source>
        <translation>负载均衡器所在的位置及登录方式。密码和秘密访问密钥保存在系统密钥环中，从不写入文件。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 — %2</source>
        <comment>cloud name, region</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (no classic ELB)</source>
        <comment>region preset</comment>
        <translation>%1（无经典型 ELB）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Custom endpoints</source>
        <translation>自定义端点</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IAM user and password</source>
        <translation>IAM 用户和密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access key and secret key (AK/SK)</source>
        <translation>访问密钥和秘密访问密钥（AK/SK）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pasted token (this session only)</source>
        <translation>粘贴令牌（仅限本次会话）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheme A (default)</source>
        <comment>AK/SK signing</comment>
        <translation>方案 A（默认）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheme B</source>
        <comment>AK/SK signing</comment>
        <translation>方案 B</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Classic load balancers are not available in this region.</source>
        <translation>此区域不提供经典型负载均衡器。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unchanged (kept for this session)</source>
        <translation>未更改（保留至本次会话结束）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged (saved in the keyring)</source>
        <translation>未更改（已保存在密钥环中）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not needed for a token</source>
        <translation>使用令牌时无需填写</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Enter a name for this connection.</source>
        <translation>请输入此连接的名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another connection is already called “%1”. Choose another name.</source>
        <translation>已有名为“%1”的连接，请使用其他名称。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ELB endpoint</source>
        <translation>ELB 端点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IAM endpoint</source>
        <translation>IAM 端点</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2.</source>
        <comment>endpoint: problem</comment>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter the IAM user name.</source>
        <translation>请输入 IAM 用户名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the domain (account) name.</source>
        <translation>请输入账号名（域）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the access key.</source>
        <translation>请输入访问密钥。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the secret key.</source>
        <translation>请输入秘密访问密钥。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paste a token.</source>
        <translation>请粘贴令牌。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A project id is 32 hexadecimal characters (0–9, a–f). Leave it empty to use the project name.</source>
        <translation>项目 ID 为 32 位十六进制字符（0–9、a–f）。留空则使用项目名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a project name or a project id.</source>
        <translation>请输入项目名称或项目 ID。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CA file %1 cannot be read.</source>
        <translation>无法读取 CA 文件 %1。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose Extra CA Certificates</source>
        <translation>选择额外的 CA 证书</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PEM certificates (*.pem *.crt *.cer)</source>
        <translation>PEM 证书 (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Keyring said: %1</source>
        <translation>密钥环返回：%1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The connection could not be saved: %1 cannot be written.</source>
        <translation>无法保存连接：无法写入 %1。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Not tested: correct the marked fields first.</source>
        <translation>未测试：请先更正标出的字段。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the saved secret…</source>
        <translation>正在读取已保存的密钥…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not tested: the saved secret could not be read. %1</source>
        <translation>未测试：无法读取已保存的密钥。%1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not tested: %1.</source>
        <translation>未测试：%1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connected: 1 load balancer</source>
        <translation>已连接：1 个负载均衡器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected: %1 load balancers</source>
        <translation>已连接：%1 个负载均衡器</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test failed: %1</source>
        <translation>测试失败：%1</translation>
    </message>
</context>
<context>
    <name>ElbDesk::ElbPaths</name>
    <message>
        <location filename="../../app/core/api/elbpaths.cpp" line="+17"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>… (%n characters)</source>
        <translation>
            <numerusform>…（共 %n 个字符）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid %1 &quot;%2&quot;: expected 32 lower-case hex characters</source>
        <translation>无效的 %1 &quot;%2&quot;：应为 32 位小写十六进制字符</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the project id is not known; give it or a project name</source>
        <translation>项目 ID 未知；请指定项目 ID 或项目名称</translation>
    </message>
</context>
<context>
    <name>ElbDesk::FindProjectRequest</name>
    <message>
        <location filename="../../app/core/auth/iamrequests.cpp" line="+153"/>
        <source>projects[].id: &quot;%1&quot; is not a 32-character hex id</source>
        <translation>projects[].id：&quot;%1&quot; 不是 32 位十六进制 ID</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IAM knows no project named &quot;%1&quot;</source>
        <translation>IAM 中没有名为 &quot;%1&quot; 的项目</translation>
    </message>
</context>
<context>
    <name>ElbDesk::FindServerDialog</name>
    <message>
        <location filename="../../ui/findserverdialog.cpp" line="+25"/>
        <source>Find Server Everywhere</source>
        <translation>在所有监听器中查找服务器</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Server name, private IP or server ID:</source>
        <translation>服务器名称、私有 IP 或服务器 ID(&amp;S)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server name, private IP or server ID</source>
        <translation>服务器名称、私有 IP 或服务器 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. ecs-web-0007, 192.168.0.12 or a server ID</source>
        <translation>例如 ecs-web-0007、192.168.0.12 或服务器 ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find the server in every listener</source>
        <translation>在所有监听器中查找该服务器</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Listeners searched</source>
        <translation>已搜索的监听器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%v of %m listeners</source>
        <comment>search progress</comment>
        <translation>%v / %m 个监听器</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Listeners the server is in</source>
        <translation>服务器所在的监听器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load balancer</source>
        <translation>负载均衡器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Listener</source>
        <translation>监听器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server</source>
        <comment>column header: server name</comment>
        <translation>服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private IP</source>
        <translation>私有 IP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server ID</source>
        <translation>服务器 ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Member ID</source>
        <translation>成员 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <comment>column header: health check result</comment>
        <translation>健康状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left on listener if removed</source>
        <translation>移除后监听器剩余</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Remove from Selected Listeners…</source>
        <translation>从所选监听器中移除(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected servers from their listeners</source>
        <translation>将所选服务器从其监听器中移除</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Type a server name, a private IP or a server ID to search for.</source>
        <translation>输入要搜索的服务器名称、私有 IP 或服务器 ID。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Searching every listener for servers whose name contains “%1”…</source>
        <translation>正在所有监听器中搜索名称包含“%1”的服务器…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searching every listener for “%1”…</source>
        <translation>正在所有监听器中搜索“%1”…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” is not in the 1 listener of this project.</source>
        <translation>“%1”不在此项目唯一的监听器中。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>“%1” is in none of the %n listeners of this project.</source>
        <translation>
            <numerusform>此项目的 %n 个监听器中都没有“%1”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Found in 1 listener (of %n searched).</source>
        <translation>
            <numerusform>在 1 个监听器中找到（共搜索 %n 个）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Found in %1 listeners (of %n searched).</source>
        <translation>
            <numerusform>在 %1 个监听器中找到（共搜索 %n 个）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 listener could not be searched, so the server may also be there:</source>
        <translation>有 1 个监听器无法搜索，服务器可能也在其中：</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n listeners could not be searched, so the server may also be there:</source>
        <translation>
            <numerusform>有 %n 个监听器无法搜索，服务器可能也在其中：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>• listener %1: %2</source>
        <comment>a listener that could not be listed, and why</comment>
        <translation>• 监听器 %1：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>none: the listener would be empty</source>
        <translation>无：监听器将没有成员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 member (no health check)</source>
        <translation>1 个成员（无健康检查）</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n members (no health check)</source>
        <translation>
            <numerusform>%n 个成员（无健康检查）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 member, %1 healthy</source>
        <translation>1 个成员，%1 个正常</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n members, %1 healthy</source>
        <translation>
            <numerusform>%n 个成员，%1 个正常</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Load balancer ID: %1</source>
        <translation>负载均衡器 ID：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listener ID: %1</source>
        <translation>监听器 ID：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Health status reported by the cloud: %1</source>
        <translation>云端报告的健康状态：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The listener has %1 members, %2 of them healthy.</source>
        <translation>该监听器有 %1 个成员，其中 %2 个正常。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Select the listeners to remove the server from first.</source>
        <translation>请先选择要从中移除服务器的监听器。</translation>
    </message>
</context>
<context>
    <name>ElbDesk::FreshnessCheck</name>
    <message>
        <location filename="../../app/core/jobs/freshnesscheck.cpp" line="+137"/>
        <source>the check was cancelled</source>
        <translation>检查已取消</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>member %1</source>
        <translation>成员 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>healthy</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unhealthy</source>
        <translation>异常</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>without health check</source>
        <translation>无健康检查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>of unknown health</source>
        <translation>健康状态未知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in health state %1</source>
        <comment>%1 is the value the cloud sent</comment>
        <translation>健康状态 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Listener %1 could not be read again, so its members are not known now: %2</source>
        <translation>无法重新读取监听器 %1，目前无法得知其成员：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is no longer on listener %2.</source>
        <translation>%1 已不在监听器 %2 上。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on listener %2 is %3 now, %4 when reviewed.</source>
        <translation>监听器 %2 上的 %1 当前：%3；核对时：%4。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Listener %1 has 1 healthy member now, %2 when reviewed.</source>
        <translation>监听器 %1 当前有 1 个正常成员，核对时有 %2 个。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Listener %1 has %n healthy members now, %2 when reviewed.</source>
        <translation>
            <numerusform>监听器 %1 当前有 %n 个正常成员，核对时有 %2 个。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ElbDesk::GetJobRequest</name>
    <message>
        <location filename="../../app/core/api/getjobrequest.cpp" line="+32"/>
        <source>asked for job %1 but the answer describes job %2</source>
        <translation>请求的是任务 %1，但应答描述的是任务 %2</translation>
    </message>
</context>
<context>
    <name>ElbDesk::HistoryView</name>
    <message>
        <location filename="../../ui/historyview.cpp" line="+29"/>
        <source>History — ELB Desk</source>
        <translation>历史记录 — ELB Desk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To date (inclusive)</source>
        <translation>结束日期（含）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Listener filter</source>
        <translation>监听器筛选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listener name or id</source>
        <translation>监听器名称或 ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Listener</source>
        <translation>监听器(&amp;L)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Journaled operations</source>
        <translation>已记录的操作</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Re-add these servers</source>
        <comment>undo a removal</comment>
        <translation>重新添加这些服务器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-add the removed servers</source>
        <translation>重新添加已移除的服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the servers the selected removal took out back to the same listener. Servers already on it are not added twice.</source>
        <translation>将所选移除操作移除的服务器重新添加到原监听器。已在监听器上的服务器不会重复添加。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the operations shown as CSV, one line per server.</source>
        <translation>将显示的操作保存为 CSV，每台服务器一行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;JSON…</source>
        <translation>导出 JSON(&amp;J)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the operations shown as JSON, as elbdesk-cli journal --json prints them.</source>
        <translation>将显示的操作保存为 JSON，格式与 elbdesk-cli journal --json 的输出相同。</translation>
    </message>
    <message numerus="yes">
        <location line="+97"/>
        <source>%n operation(s) shown.</source>
        <translation>
            <numerusform>显示 %n 个操作。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Exported %n operation(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 个操作导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export history as CSV</source>
        <translation>将历史记录导出为 CSV</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export history as JSON</source>
        <translation>将历史记录导出为 JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
</context>
<context>
    <name>ElbDesk::IamRequests</name>
    <message>
        <location filename="../../app/core/auth/iamrequests.cpp" line="-136"/>
        <source>the IAM answer has no &quot;token&quot; object</source>
        <translation>IAM 的应答中没有 &quot;token&quot; 对象</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>token.expires_at: &quot;%1&quot; is not an ISO-8601 time</source>
        <translation>token.expires_at：&quot;%1&quot; 不是 ISO-8601 格式的时间</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>token.project.id: &quot;%1&quot; is not a 32-character hex id</source>
        <translation>token.project.id：&quot;%1&quot; 不是 32 位十六进制 ID</translation>
    </message>
</context>
<context>
    <name>ElbDesk::IssueTokenRequest</name>
    <message>
        <location line="+17"/>
        <source>password authentication needs a user name, a domain name and a password</source>
        <translation>密码认证需要用户名、账号名（域）和密码</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>password authentication needs a project id or a project name to scope the token</source>
        <translation>密码认证需要项目 ID 或项目名称来限定令牌的作用范围</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the IAM answer carries no X-Subject-Token header</source>
        <translation>IAM 的应答中没有 X-Subject-Token 头</translation>
    </message>
</context>
<context>
    <name>ElbDesk::JobsModel</name>
    <message>
        <location filename="../../app/core/model/jobsmodel.cpp" line="+252"/>
        <source>Listener</source>
        <comment>jobs table column; child rows show the server name here</comment>
        <translation>监听器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Servers</source>
        <comment>jobs table column; child rows show the private IP here</comment>
        <translation>服务器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job id</source>
        <comment>jobs table column; child rows show the server id here</comment>
        <translation>任务 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <comment>jobs table column; child rows show the per-server result here</comment>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Elapsed</source>
        <comment>jobs table column: time since the job was started</comment>
        <translation>已用时间</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Listener %1 (id %2)</source>
        <translation>监听器 %1（ID %2）</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+99"/>
        <source>(no name)</source>
        <comment>a server without a name</comment>
        <translation>（无名称）</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>%1 to listener %2.</source>
        <comment>1: e.g. Re-add 2 servers</comment>
        <translation>向监听器 %2 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 from listener %2.</source>
        <comment>1: e.g. Remove 3 servers</comment>
        <translation>从监听器 %2 %1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sending the request; no answer yet.</source>
        <translation>正在发送请求；尚无应答。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cloud accepted the request as job %1; waiting for its first status report.</source>
        <translation>云端已受理请求，任务为 %1；正在等待第一次状态报告。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cloud reports job %1 as %2.</source>
        <translation>云端报告任务 %1 的状态为 %2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The answer was lost (%1). Re-listing the listener to learn whether the request took effect; nothing is sent again.</source>
        <translation>应答丢失（%1）。正在重新列出监听器成员，以确认请求是否已生效；不会重新发送任何请求。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Job %1 has finished. Re-listing the listener to confirm the result.</source>
        <translation>任务 %1 已结束。正在重新列出监听器成员以确认结果。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Job %1 failed. The cloud reported %2: %3.</source>
        <translation>任务 %1 失败。云端报告 %2：%3。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a failure without an error code</source>
        <translation>失败，但没有错误码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 of %2 servers are unchanged on the listener.</source>
        <translation>%2 台服务器中有 %1 台在监听器上未发生变化。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 Nothing was changed.</source>
        <translation>%1未做任何更改。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Server %1, private IP %2, server id %3: %4.</source>
        <translation>服务器 %1，私有 IP %2，服务器 ID %3：%4。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Member id %1.</source>
        <translation>成员 ID %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health when selected: %1.</source>
        <translation>选中时的健康状态：%1。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>waiting</source>
        <comment>job state: request sent, no answer yet</comment>
        <translation>等待中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <comment>job state: the cloud job is being followed</comment>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verifying</source>
        <comment>job state: re-listing the listener to confirm the result</comment>
        <translation>验证中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>succeeded</source>
        <comment>job state</comment>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <comment>job state: the cloud job ended FAIL</comment>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected</source>
        <comment>job state: the API refused the request</comment>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outcome unknown</source>
        <comment>job state</comment>
        <translation>结果未知</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 s</source>
        <comment>elapsed time, seconds</comment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <comment>elapsed time</comment>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <comment>elapsed time</comment>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+66"/>
        <source>Re-add 1 server</source>
        <translation>重新添加 1 台服务器</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+66"/>
        <source>Re-add %1 servers</source>
        <translation>重新添加 %1 台服务器</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+66"/>
        <source>Remove 1 server</source>
        <translation>移除 1 台服务器</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+66"/>
        <source>Remove %1 servers</source>
        <translation>移除 %1 台服务器</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>added</source>
        <comment>server result</comment>
        <translation>已添加</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>removed</source>
        <comment>server result</comment>
        <translation>已移除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not present</source>
        <comment>server result: not a member after a re-add</comment>
        <translation>不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>still present</source>
        <comment>server result: still a member after a removal</comment>
        <translation>仍存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <comment>server result</comment>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pending</source>
        <comment>server result</comment>
        <translation>待定</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>1 listener</source>
        <comment>a group of jobs</comment>
        <translation>1 个监听器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 listeners</source>
        <comment>a group of jobs</comment>
        <translation>%1 个监听器</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 job</source>
        <comment>a group of jobs</comment>
        <translation>1 个任务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 jobs</source>
        <comment>a group of jobs</comment>
        <translation>%1 个任务</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: %2</source>
        <comment>listener: job id</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 to %2 listeners, one job each: %3.</source>
        <comment>1: e.g. Re-add 3 servers</comment>
        <translation>向 %2 个监听器%1，每个监听器一个任务：%3。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 from %2 listeners, one job each: %3.</source>
        <comment>1: e.g. Remove 3 servers</comment>
        <translation>从 %2 个监听器%1，每个监听器一个任务：%3。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2, job %3.</source>
        <comment>listener: state, job id</comment>
        <translation>%1：%2，任务 %3。</translation>
    </message>
</context>
<context>
    <name>ElbDesk::JobsPanel</name>
    <message>
        <location filename="../../ui/jobspanel.cpp" line="+80"/>
        <source>Jobs</source>
        <comment>dock title</comment>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Jobs</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removals and re-adds of this session. Expand a job to see its servers.</source>
        <translation>本次会话中的移除和重新添加操作。展开任务可查看其服务器。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Job details</source>
        <translation>任务详情</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check again</source>
        <comment>follow a job with an unknown outcome once more</comment>
        <translation>再次检查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the job again</source>
        <translation>再次检查任务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the cloud about this job once more. Only for jobs whose outcome is unknown; nothing is sent again.</source>
        <translation>再向云端查询一次此任务。仅适用于结果未知的任务；不会重新发送任何请求。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Copy job id</source>
        <translation>复制任务 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the cloud job id of the selected job, e.g. for a support request.</source>
        <translation>复制所选任务的云端任务 ID，例如用于提交工单。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-add these servers</source>
        <comment>undo a removal</comment>
        <translation>重新添加这些服务器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-add the removed servers</source>
        <translation>重新添加已移除的服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the servers this job removed back to the same listener. They get new member ids; servers already on the listener are not added twice.</source>
        <translation>将此任务移除的服务器重新添加到原监听器。它们会获得新的成员 ID；已在监听器上的服务器不会重复添加。</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>No jobs yet. Removals and re-adds appear here.</source>
        <translation>暂无任务。移除和重新添加操作会显示在这里。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a job to see what happened.</source>
        <translation>选择一个任务以查看详情。</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Jobs on %1: %2.</source>
        <comment>1: e.g. 3 listeners; 2: a job state</comment>
        <translation>%1上的任务：%2。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Job on listener %1 succeeded.</source>
        <translation>监听器 %1 上的任务已成功。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Job on listener %1 failed.</source>
        <translation>监听器 %1 上的任务已失败。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Job on listener %1 was rejected.</source>
        <translation>监听器 %1 上的任务被拒绝。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Job on listener %1: the outcome is unknown.</source>
        <translation>监听器 %1 上的任务：结果未知。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>ELB Desk jobs</source>
        <translation>ELB Desk 任务</translation>
    </message>
</context>
<context>
    <name>ElbDesk::Journal</name>
    <message>
        <location filename="../../app/core/store/journal.cpp" line="+193"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot switch the journal to write-ahead logging: %1</source>
        <translation>无法将操作日志切换为预写式日志（WAL）模式：%1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The journal %1 has schema version %2, which this version of ELB Desk does not know.</source>
        <translation>操作日志 %1 的架构版本为 %2，此版本的 ELB Desk 无法识别。</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+89"/>
        <source>The journal is not open.</source>
        <translation>操作日志未打开。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The journal has no operation %1.</source>
        <translation>操作日志中没有操作 %1。</translation>
    </message>
</context>
<context>
    <name>ElbDesk::JournalModel</name>
    <message>
        <location filename="../../app/core/model/journalmodel.cpp" line="+129"/>
        <source>removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>still present</source>
        <translation>仍存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not present</source>
        <translation>不存在</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <comment>outcome of one server</comment>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 of %2 added</source>
        <translation>已添加 %1/%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 of %2 removed</source>
        <translation>已移除 %1/%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not finished: no job id recorded</source>
        <translation>未完成：未记录任务 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not finished: job %1</source>
        <translation>未完成：任务 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Never applied: nothing changed</source>
        <translation>从未执行：未做任何更改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Succeeded: %1</source>
        <translation>成功：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed (%1): %2</source>
        <translation>失败（%1）：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Took effect: %1</source>
        <translation>已生效：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not applied: nothing changed</source>
        <translation>未执行：未做任何更改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome unknown: %1</source>
        <translation>结果未知：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (re-add)</source>
        <translation>%1（重新添加）</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection / region</source>
        <translation>连接 / 区域</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listener</source>
        <translation>监听器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Servers</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job id</source>
        <translation>任务 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution</source>
        <comment>how an unfinished operation was settled</comment>
        <translation>确认方式</translation>
    </message>
</context>
<context>
    <name>ElbDesk::JournalRecorder</name>
    <message>
        <location filename="../../app/core/jobs/journalrecorder.cpp" line="+13"/>
        <source>There is no operation to record.</source>
        <translation>没有要记录的操作。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The journal is not open, so nothing is sent.</source>
        <translation>操作日志未打开，因此不发送任何请求。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The operation was started before it was recorded.</source>
        <translation>操作在记录之前就已开始。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The journal could not record the request, so nothing is sent: %1</source>
        <translation>操作日志无法记录该请求，因此不发送任何请求：%1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The journal could not record %1 of operation %2: %3</source>
        <translation>操作日志无法记录操作 %2 的 %1：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is closed</source>
        <translation>操作日志已关闭</translation>
    </message>
</context>
<context>
    <name>ElbDesk::JournalResolver</name>
    <message>
        <location filename="../../app/core/jobs/journalresolver.cpp" line="+123"/>
        <source>The journal lists no member for this request and it has no job id: there is nothing to verify.</source>
        <translation>操作日志中没有此请求的成员，也没有任务 ID：无可验证的内容。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Job %1 was still %2 after %3 s; it is followed again next time.</source>
        <translation>%3 秒后任务 %1 仍为 %2；下次将再次跟踪。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>settled by following job %1: it had %2; the listener could not be re-listed to check each member (%3)</source>
        <translation>通过跟踪任务 %1 确认：任务结果为%2；无法重新列出监听器成员来逐一检查（%3）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>settled: the listener %1 no longer exists (%2), so the outcome cannot be known; nothing was sent again</source>
        <translation>已确认：监听器 %1 已不存在（%2），因此无法得知结果；未重新发送任何请求</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The listener could not be re-listed (%1); this is tried again next time. Nothing was sent again.</source>
        <translation>无法重新列出监听器成员（%1）；下次将重试。未重新发送任何请求。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>settled by following job %1: it had succeeded; re-listing confirms all %2</source>
        <translation>通过跟踪任务 %1 确认：任务已成功；重新列出成员后确认全部 %2 台均已生效</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>settled by following job %1: it had succeeded, but re-listing shows %2 of %3 unchanged (%4); they may have been changed again since</source>
        <translation>通过跟踪任务 %1 确认：任务已成功，但重新列出成员显示 %3 台中有 %2 台未变化（%4）；它们可能之后又被更改过</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>settled by following job %1: it had failed with %2: %3; re-listing shows %4 of %5 unchanged</source>
        <translation>通过跟踪任务 %1 确认：任务失败，错误码 %2：%3；重新列出成员显示 %5 台中有 %4 台未变化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no error code</source>
        <translation>无错误码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>settled by re-listing: job %1 could not be read (%2), but the change had taken effect</source>
        <translation>通过重新列出成员确认：无法读取任务 %1（%2），但更改已生效</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Job %1 could not be read (%2) and %3 of %4 are unchanged on the listener; this is checked again next time. Nothing was sent again.</source>
        <translation>无法读取任务 %1（%2），且监听器上 %4 台中有 %3 台未变化；下次将再次检查。未重新发送任何请求。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>settled by re-listing: the removal had taken effect</source>
        <translation>通过重新列出成员确认：移除已生效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>settled by re-listing: the servers are on the listener, the add had taken effect</source>
        <translation>通过重新列出成员确认：服务器已在监听器上，添加已生效</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The request was never applied: no job id was recorded and re-listing shows no change.</source>
        <translation>请求从未执行：未记录任务 ID，重新列出成员也未显示任何变化。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>settled by re-listing: the members are still on the listener, the request was never applied; nothing was sent again</source>
        <translation>通过重新列出成员确认：成员仍在监听器上，请求从未执行；未重新发送任何请求</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>settled by re-listing: the servers are not on the listener, the request was never applied; nothing was sent again</source>
        <translation>通过重新列出成员确认：服务器不在监听器上，请求从未执行；未重新发送任何请求</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>settled by re-listing: only partly applied — %1: %2; %3: %4; nothing was sent again</source>
        <translation>通过重新列出成员确认：仅部分生效 — %1：%2；%3：%4；未重新发送任何请求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>still present</source>
        <translation>仍存在</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not present</source>
        <translation>不存在</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 of %2 removed, %3 still on the listener.</source>
        <translation>已移除 %1/%2，%3 台仍在监听器上。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 added, %3 not on the listener.</source>
        <translation>已添加 %1/%2，%3 台不在监听器上。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 unknown.</source>
        <translation>%1 台未知。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The journal could not be updated: %1</source>
        <translation>无法更新操作日志：%1</translation>
    </message>
</context>
<context>
    <name>ElbDesk::JsonReader</name>
    <message>
        <location filename="../../app/core/model/jsonreader.cpp" line="+51"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation>空</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: expected an id string, got %2</source>
        <translation>%1：应为 ID 字符串，实际为%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;%2&quot; is not a 32-character lower-case hex id</source>
        <translation>%1：&quot;%2&quot; 不是 32 位小写十六进制 ID</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+10"/>
        <source>%1: expected a string, got %2</source>
        <translation>%1：应为字符串，实际为%2</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+11"/>
        <source>%1: expected an integer, got %2</source>
        <translation>%1：应为整数，实际为%2</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1: expected an integer, got &quot;%2&quot;</source>
        <translation>%1：应为整数，实际为 &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: expected a boolean, got %2</source>
        <translation>%1：应为布尔值，实际为%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: expected an array, got %2</source>
        <translation>%1：应为数组，实际为%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../app/core/model/notanobject.h" line="+12"/>
        <source>%1: expected an object, got %2</source>
        <translation>%1：应为对象，实际为%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the body is empty</source>
        <translation>内容为空</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>不是有效的 JSON（%1，位于第 %2 字节）</translation>
    </message>
    <message>
        <location filename="../../app/core/model/listener.cpp" line="+48"/>
        <source>expected a JSON array of listeners, got an object</source>
        <translation>应为监听器的 JSON 数组，实际为对象</translation>
    </message>
    <message>
        <location filename="../../app/core/model/loadbalancer.cpp" line="+46"/>
        <source>expected an object with &quot;loadbalancers&quot;, got %1</source>
        <translation>应为包含 &quot;loadbalancers&quot; 的对象，实际为%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>loadbalancers: missing</source>
        <translation>loadbalancers：缺失</translation>
    </message>
    <message>
        <location filename="../../app/core/model/member.cpp" line="+56"/>
        <source>%1: listeners[%2] is not an object with a 32-hex id</source>
        <translation>%1：listeners[%2] 不是带有 32 位十六进制 ID 的对象</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &quot;%2&quot; is not an IP address</source>
        <translation>%1：&quot;%2&quot; 不是 IP 地址</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>expected a JSON array of members, got an object</source>
        <translation>应为成员的 JSON 数组，实际为对象</translation>
    </message>
    <message>
        <location filename="../../app/core/model/cloudjob.cpp" line="+15"/>
        <source>expected %1 as a JSON object</source>
        <translation>%1 应为 JSON 对象</translation>
    </message>
</context>
<context>
    <name>ElbDesk::LanguageMenu</name>
    <message>
        <location filename="../../ui/languagemenu.cpp" line="+10"/>
        <source>&amp;Language</source>
        <translation>语言/Language(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;System default</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language changes when ELB Desk is started the next time.</source>
        <translation>重新启动 ELB Desk 后将使用新的语言。</translation>
    </message>
</context>
<context>
    <name>ElbDesk::ListMembersRequest</name>
    <message>
        <location filename="../../app/core/api/listmembersrequest.cpp" line="+47"/>
        <source>no API client</source>
        <translation>没有 API 客户端</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>page %1 of the member list repeats members already listed; the server ignores the page marker</source>
        <translation>成员列表的第 %1 页重复了已列出的成员；服务器忽略了分页标记</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the member list did not end after %1 pages (%2 members); stopped</source>
        <translation>成员列表在 %1 页（%2 个成员）后仍未结束；已停止</translation>
    </message>
</context>
<context>
    <name>ElbDesk::ListenerTreeModel</name>
    <message>
        <location filename="../../app/core/model/listenertreemodel.cpp" line="+65"/>
        <source>(no name)</source>
        <comment>load balancer without a name</comment>
        <translation>（无名称）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Load balancer %1</source>
        <translation>负载均衡器 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load balancer %1 (%2)</source>
        <comment>name, status</comment>
        <translation>负载均衡器 %1（%2）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(no name)</source>
        <comment>listener without a name</comment>
        <translation>（无名称）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1:%2</source>
        <comment>listener protocol and port, e.g. TCP:443</comment>
        <translation>%1:%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>→ %1</source>
        <comment>backend port</comment>
        <translation>→ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>→ %1:%2</source>
        <comment>backend protocol and port</comment>
        <translation>→ %1:%2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Listener %1, %2 %3</source>
        <comment>name, front end, back end</comment>
        <translation>监听器 %1，%2 %3</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Name</source>
        <comment>column</comment>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Front end</source>
        <comment>column: listener protocol and port</comment>
        <translation>前端</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back end</source>
        <comment>column: backend protocol and port</comment>
        <translation>后端</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <comment>column</comment>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members</source>
        <comment>column: number of backend servers</comment>
        <translation>成员</translation>
    </message>
</context>
<context>
    <name>ElbDesk::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+82"/>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+305"/>
        <source>ELB Desk</source>
        <translation>ELB Desk</translation>
    </message>
    <message>
        <location line="-244"/>
        <source>Load balancers and listeners</source>
        <translation>负载均衡器和监听器</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The members could not be listed.</source>
        <translation>无法列出成员。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This removal is not in the journal, so it cannot be re-added from here.</source>
        <translation>此移除操作不在操作日志中，因此无法从此处重新添加。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The journal could not be updated: %1. The job goes on; the history may lag behind it.</source>
        <translation>无法更新操作日志：%1。任务继续进行；历史记录可能滞后。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;sandbox</source>
        <translation>打开沙箱(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close connection</source>
        <translation>关闭连接(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the load balancers, listeners and members again (F5)</source>
        <translation>重新列出负载均衡器、监听器和成员（F5）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;move from listener…</source>
        <translation>从监听器移除(&amp;M)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove from listener…</source>
        <translation>从监听器移除…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Filter members</source>
        <translation>筛选成员(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter members</source>
        <translation>筛选成员</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every removal and re-add the journal holds (Ctrl+H)</source>
        <translation>操作日志中的所有移除和重新添加操作（Ctrl+H）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find server &amp;everywhere…</source>
        <translation>在所有监听器中查找服务器(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find server everywhere…</source>
        <translation>在所有监听器中查找服务器…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a server by name, private IP or id in every listener of the project (Ctrl+Shift+F)</source>
        <translation>在项目的所有监听器中按名称、私有 IP 或 ID 查找服务器（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Starting the sandbox…</source>
        <translation>正在启动沙箱…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The sandbox could not start: %1</source>
        <translation>沙箱无法启动：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sandbox</source>
        <translation>沙箱</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Throttled by the API gateway; its Retry-After is very long, so ELB Desk retries in %1 s instead.</source>
        <translation>被 API 网关限流；其 Retry-After 过长，ELB Desk 改为 %1 秒后重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Throttled by the API gateway; retrying in %1 s.</source>
        <translation>被 API 网关限流；%1 秒后重试。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — ELB Desk</source>
        <translation>%1 — ELB Desk</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The load balancers could not be listed.</source>
        <translation>无法列出负载均衡器。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The listeners could not be listed.</source>
        <translation>无法列出监听器。</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>Review and remove the %n selected server(s) (Delete)</source>
        <translation>
            <numerusform>核对并移除所选的 %n 台服务器（Delete）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removals are refused: the journal cannot be written</source>
        <translation>已禁止移除：无法写入操作日志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select members of a listener to remove them</source>
        <translation>选择监听器的成员后即可将其移除</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>project not known yet</source>
        <translation>项目尚未确定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · region %2 · project %3</source>
        <translation>%1 · 区域 %2 · 项目 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Token valid for %1 h %2 min</source>
        <translation>令牌有效期还剩 %1 小时 %2 分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token expired; it is renewed with the next request</source>
        <translation>令牌已过期；将在下一次请求时续订</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The members of this listener are still being listed. Review the removal once the list is complete.</source>
        <translation>仍在列出此监听器的成员。请在列表完整后再核对移除操作。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 → member %2</source>
        <translation>%1 → 成员 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-added to listener %1: %2.</source>
        <translation>已重新添加到监听器 %1：%2。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowfind.cpp" line="+42"/>
        <source>Checking that the reviewed servers are still as shown before sending…</source>
        <translation>发送前正在检查核对过的服务器是否仍与显示的一致…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing was sent: the listeners changed since the review. %1</source>
        <translation>未发送任何请求：核对之后监听器已发生变化。%1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Nothing more was sent: the removal from listener %1 could not be written to the journal (%2).</source>
        <translation>未再发送任何请求：从监听器 %1 移除的操作无法写入操作日志（%2）。</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowjournal.cpp" line="+48"/>
        <source>The journal %1 could not be opened (%2). Removals and re-adds are refused until it can be written, because nothing may be sent without a record.</source>
        <translation>无法打开操作日志 %1（%2）。在能够写入之前，移除和重新添加操作将被拒绝，因为没有记录就不能发送任何请求。</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>1 had taken effect</source>
        <translation>1 个已生效</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 had taken effect</source>
        <translation>%1 个已生效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 was never applied</source>
        <translation>1 个从未执行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 were never applied</source>
        <translation>%1 个从未执行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 failed or took partial effect</source>
        <translation>1 个失败或部分生效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 failed or took partial effect</source>
        <translation>%1 个失败或部分生效</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 operation left unfinished by the last run was settled: %1</source>
        <translation>上次运行遗留的 1 个未完成操作已确认：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 operations left unfinished by the last run were settled: %2</source>
        <translation>上次运行遗留的 %1 个未完成操作已确认：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 is still unknown and will be checked again</source>
        <translation>1 个仍未知，将再次检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 are still unknown and will be checked again</source>
        <translation>%1 个仍未知，将再次检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operations left unfinished by the last run: %1</source>
        <translation>上次运行遗留的未完成操作：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — see History</source>
        <translation> — 请查看历史记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show history</source>
        <translation>查看历史记录</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Operation %1 is not a removal in the journal.</source>
        <translation>操作日志中的操作 %1 不是移除操作。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This removal was made with connection %1 (project %2). Open that connection to re-add its servers.</source>
        <translation>此移除操作是通过连接 %1（项目 %2）执行的。请打开该连接以重新添加其服务器。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A re-add of these servers is already under way; see the Jobs panel.</source>
        <translation>这些服务器的重新添加已在进行中；请查看“任务”面板。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The listener %1 could not be listed, so nothing was re-added.</source>
        <translation>无法列出监听器 %1 的成员，因此未重新添加任何服务器。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Nothing was sent: every server is already present on listener %1 (%2).</source>
        <translation>未发送任何请求：所有服务器都已在监听器 %1（%2）上。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already present on listener %1, not added again: %2.</source>
        <translation>已在监听器 %1 上，未重复添加：%2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This removal took no server out: nothing to re-add.</source>
        <translation>此移除操作没有移除任何服务器：无需重新添加。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was sent: the re-add could not be written to the journal (%1).</source>
        <translation>未发送任何请求：重新添加操作无法写入操作日志（%1）。</translation>
    </message>
</context>
<context>
    <name>ElbDesk::MemberModel</name>
    <message>
        <location filename="../../app/core/model/membermodel.cpp" line="+137"/>
        <source>Healthy</source>
        <comment>member health</comment>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unhealthy</source>
        <comment>member health</comment>
        <translation>异常</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/memberpane.cpp" line="+84"/>
        <source>No health check</source>
        <comment>member health</comment>
        <translation>无健康检查</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server passes the listener&apos;s health check.</source>
        <translation>该服务器通过了监听器的健康检查。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server fails the listener&apos;s health check.</source>
        <translation>该服务器未通过监听器的健康检查。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The listener has no health check configured, so this server&apos;s health is unknown. This is not a failure.</source>
        <translation>该监听器未配置健康检查，因此该服务器的健康状态未知。这并不表示故障。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cloud reported no health status for this server.</source>
        <translation>云端未报告该服务器的健康状态。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health status reported by the cloud: %1</source>
        <translation>云端报告的健康状态：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(no name)</source>
        <comment>server without a name</comment>
        <translation>（无名称）</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The cloud reports no name for this server.</source>
        <translation>云端未报告该服务器的名称。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Server name</source>
        <comment>column</comment>
        <translation>服务器名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private IP</source>
        <comment>column</comment>
        <translation>私有 IP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server ID</source>
        <comment>column</comment>
        <translation>服务器 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member ID</source>
        <comment>column</comment>
        <translation>成员 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health</source>
        <comment>column</comment>
        <translation>健康状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <comment>column</comment>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ElbDesk::MemberOperation</name>
    <message>
        <location filename="../../app/core/jobs/memberoperation.cpp" line="+37"/>
        <source>%1 Trying again in %2 s.</source>
        <translation>%1%2 秒后重试。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The answer was lost (%1). Re-listing the listener to learn whether the request took effect.</source>
        <translation>应答丢失（%1）。正在重新列出监听器成员，以确认请求是否已生效。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Job %1: %2</source>
        <translation>任务 %1：%2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Job %1 succeeded.</source>
        <translation>任务 %1 已成功。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Job %1 had not finished after %2 s (last status %3): the outcome is unknown. The job id is kept; check again later.%4</source>
        <translation>任务 %1 在 %2 秒后仍未结束（最后状态 %3）：结果未知。任务 ID 已保留，请稍后再次检查。%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The answer was lost and the listener could not be re-listed (%1): the outcome is unknown. Nothing was sent again.</source>
        <translation>应答丢失，且无法重新列出监听器成员（%1）：结果未知。未重新发送任何请求。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Job %1 failed: %2 %3 (re-listing failed: %4)</source>
        <translation>任务 %1 失败：%2 %3（重新列出成员失败：%4）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Job %1 succeeded, but the result could not be verified: %2</source>
        <translation>任务 %1 已成功，但无法验证结果：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Job %1 failed with %2: %3. %4 of %5 are unchanged on the listener.</source>
        <translation>任务 %1 失败，错误码 %2：%3。监听器上 %5 台中有 %4 台未变化。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no error code</source>
        <translation>无错误码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The answer was lost (%1), but re-listing shows the request took effect for all %2.</source>
        <translation>应答丢失（%1），但重新列出成员显示请求已对全部 %2 台生效。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer was lost (%1). After %2 s, %3 of %4 are unchanged on the listener: the request was probably not applied. Nothing was sent again; check the listener and repeat if needed.</source>
        <translation>应答丢失（%1）。%2 秒后，监听器上 %4 台中仍有 %3 台未变化：请求可能未执行。未重新发送任何请求；请检查监听器，如有需要请重试。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Job %1 succeeded; re-listing confirms all %2.</source>
        <translation>任务 %1 已成功；重新列出成员后确认全部 %2 台均已生效。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Job %1 reported success, but %2 of %3 are unchanged on the listener after %4 s.</source>
        <translation>任务 %1 报告成功，但 %4 秒后监听器上 %3 台中仍有 %2 台未变化。</translation>
    </message>
</context>
<context>
    <name>ElbDesk::MemberPane</name>
    <message>
        <location filename="../../ui/memberpane.cpp" line="-51"/>
        <source>Select all shown</source>
        <translation>全选显示的成员</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter by server name, private IP or id (Ctrl+F)</source>
        <translation>按服务器名称、私有 IP 或 ID 筛选（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter members</source>
        <translation>筛选成员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Health filter</source>
        <translation>健康状态筛选</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All health states</source>
        <translation>所有健康状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unhealthy</source>
        <translation>异常</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No health check</source>
        <translation>无健康检查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select every member the filter shows</source>
        <translation>选择筛选结果中显示的所有成员</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Members of the listener</source>
        <translation>监听器的成员</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>%v / %m loaded</source>
        <translation>已加载 %v / %m</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Select a listener to see its members.</source>
        <translation>选择监听器以查看其成员。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 members, %2 healthy</source>
        <translation>%1 个成员，%2 个正常</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 shown</source>
        <translation>显示 %1 个</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 selected</source>
        <translation>已选择 %1 个</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>(%n hidden by the filter)</source>
        <translation>
            <numerusform>（%n 个被筛选隐藏）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>ElbDesk::MessageBar</name>
    <message>
        <location filename="../../ui/messagebar.cpp" line="+31"/>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>关闭消息</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Classic ELB is not available in this region or project (the API gateway answered APIGW.0101). Check the region, or use the shared or dedicated ELB tools.</source>
        <translation>此区域或项目不提供经典型 ELB（API 网关返回 APIGW.0101）。请检查区域，或使用共享型或独享型 ELB 的工具。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authentication failed: %1 Check the user, domain, project and password or keys of this connection.</source>
        <translation>认证失败：%1请检查此连接的用户、账号名（域）、项目以及密码或密钥。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Permission denied: %1 The account may lack the ELB permissions for this project.</source>
        <translation>权限不足：%1该账号可能缺少此项目的 ELB 权限。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API gateway is throttling requests (%1). Waiting before trying again.</source>
        <translation>API 网关正在限流（%1）。稍后将重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cloud could not be reached: %1</source>
        <translation>无法访问云端：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>ElbDesk::MultiRemoveDialog</name>
    <message>
        <location filename="../../ui/multiremovedialog.cpp" line="+54"/>
        <source>Changed since the review</source>
        <translation>核对后已发生变化</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Servers to remove, by listener</source>
        <translation>要移除的服务器（按监听器）</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Changed since you reviewed this removal — please look again:
%1</source>
        <translation>自您核对此移除操作以来已发生变化，请重新查看：
%1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>REMOVE</source>
        <comment>the word typed to confirm a removal from several listeners</comment>
        <translation>REMOVE</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove 1 server from listener %1</source>
        <translation>从监听器 %1 移除 1 台服务器</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove %n servers from listener %1</source>
        <translation>
            <numerusform>从监听器 %1 移除 %n 台服务器</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This server will be removed from listener “%1” of load balancer “%2”. The server itself keeps running and can be added back later.</source>
        <translation>将从负载均衡器“%2”的监听器“%1”中移除此服务器。服务器本身会继续运行，之后可以重新添加。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>These %n servers will be removed from listener “%1” of load balancer “%2”. The servers themselves keep running and can be added back later.</source>
        <translation>
            <numerusform>将从负载均衡器“%2”的监听器“%1”中移除这 %n 台服务器。服务器本身会继续运行，之后可以重新添加。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Remove 1 server from %n listeners</source>
        <translation>
            <numerusform>从 %n 个监听器移除 1 台服务器</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove %1 servers from %n listeners</source>
        <translation>
            <numerusform>从 %n 个监听器移除 %1 台服务器</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The servers below will be removed from %n listeners, with one request per listener. The servers themselves keep running and can be added back later.</source>
        <translation>
            <numerusform>将从 %n 个监听器中移除以下服务器，每个监听器一个请求。服务器本身会继续运行，之后可以重新添加。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Established connections to this server may continue until they time out.</source>
        <translation>到此服务器的已建立连接可能会保持到超时为止。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Established connections to these servers may continue until they time out (on TCP listeners with connection draining, for up to the draining timeout).</source>
        <translation>到这些服务器的已建立连接可能会保持到超时为止（对于开启了连接排空的 TCP 监听器，最长可保持到连接排空超时时间）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>To remove anyway, type the listener ID “%1” (the listener has no name):</source>
        <translation>如仍要移除，请输入监听器 ID“%1”（该监听器没有名称）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To remove anyway, type the listener name “%1”:</source>
        <translation>如仍要移除，请输入监听器名称“%1”：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listener ID to confirm the removal</source>
        <translation>用于确认移除的监听器 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listener name to confirm the removal</source>
        <translation>用于确认移除的监听器名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To remove anyway, type “%1”:</source>
        <translation>如仍要移除，请输入“%1”：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation word for the removal</source>
        <translation>用于确认移除的确认词</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No member will remain on listener “%1”. It will have no servers and cannot serve any traffic until servers are added again.</source>
        <translation>监听器“%1”上将不再有任何成员。在重新添加服务器之前，它没有后端服务器，无法处理任何流量。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No healthy member will remain on listener “%1”. Clients will get errors until a remaining server passes its health check again.</source>
        <translation>监听器“%1”上将不再有正常的成员。在剩余的某台服务器重新通过健康检查之前，客户端将收到错误。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (load balancer %2), 1 server:</source>
        <translation>%1（负载均衡器 %2），1 台服务器：</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 (load balancer %2), %n servers:</source>
        <translation>
            <numerusform>%1（负载均衡器 %2），%n 台服务器：</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no members remain.</source>
        <comment>after removal</comment>
        <translation>不再剩余任何成员。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 member remains (no health check).</source>
        <translation>剩余 1 个成员（无健康检查）。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n members remain (no health check).</source>
        <translation>
            <numerusform>剩余 %n 个成员（无健康检查）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 member remains, and it is healthy.</source>
        <translation>剩余 1 个成员，状态正常。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 member remains, and it is not healthy.</source>
        <translation>剩余 1 个成员，状态异常。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n members remain, %1 of them healthy.</source>
        <translation>
            <numerusform>剩余 %n 个成员，其中 %1 个正常。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Server</source>
        <comment>column header: server name</comment>
        <translation>服务器</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Private IP</source>
        <translation>私有 IP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server ID</source>
        <translation>服务器 ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Health</source>
        <comment>column header: health check result</comment>
        <translation>健康状态</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Member ID: %1</source>
        <translation>成员 ID：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Health status reported by the cloud: %1</source>
        <translation>云端报告的健康状态：%1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Remove 1 server</source>
        <translation>移除 1 台服务器</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Remove %n servers</source>
        <translation>
            <numerusform>移除 %n 台服务器</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 from %n listeners</source>
        <comment>%1 is the remove button&apos;s text</comment>
        <translation>
            <numerusform>从 %n 个监听器%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel, remove nothing</source>
        <translation>取消，不移除任何服务器</translation>
    </message>
</context>
<context>
    <name>ElbDesk::RegionPresets</name>
    <message>
        <location filename="../../app/core/api/regionpresets.cpp" line="+23"/>
        <source>Classic load balancers are not supported in eu-nl.</source>
        <translation>eu-nl 不支持经典型负载均衡器。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Endpoints unconfirmed; classic ELB is not documented for the Swiss cloud.</source>
        <translation>端点未经确认；瑞士云的文档中没有经典型 ELB。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The classic v1.0 API is retired in core Huawei Cloud regions (APIGW.0101).</source>
        <translation>华为云核心区域已下线经典型 v1.0 API（APIGW.0101）。</translation>
    </message>
</context>
<context>
    <name>ElbDesk::RemoveMembersDialog</name>
    <message>
        <location filename="../../ui/removemembersdialog.ui" line="+30"/>
        <source>Servers to remove</source>
        <translation>要移除的服务器</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Server</source>
        <comment>column header: server name</comment>
        <translation>服务器</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Private IP</source>
        <translation>私有 IP</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server ID</source>
        <translation>服务器 ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Health</source>
        <comment>column header: health check result</comment>
        <translation>健康状态</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+12"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+32"/>
        <location filename="../../ui/removemembersdialog.cpp" line="+156"/>
        <source>Listener name to confirm the removal</source>
        <translation>用于确认移除的监听器名称</translation>
    </message>
    <message>
        <location filename="../../ui/removemembersdialog.cpp" line="-83"/>
        <source>Healthy</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unhealthy</source>
        <translation>异常</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No health check</source>
        <translation>无健康检查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <comment>health status</comment>
        <translation>未知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown (%1)</source>
        <comment>health status; %1 is the value the cloud sent</comment>
        <translation>未知（%1）</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Remove 1 server from listener %1</source>
        <translation>从监听器 %1 移除 1 台服务器</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove %n servers from listener %1</source>
        <translation>
            <numerusform>从监听器 %1 移除 %n 台服务器</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 port %2</source>
        <comment>listener protocol and port, e.g. TCP port 443</comment>
        <translation>%1 端口 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This server will be removed from listener “%1” (%2). The server itself keeps running and can be added back later.</source>
        <translation>将从监听器“%1”（%2）中移除此服务器。服务器本身会继续运行，之后可以重新添加。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>These %n servers will be removed from listener “%1” (%2). The servers themselves keep running and can be added back later.</source>
        <translation>
            <numerusform>将从监听器“%1”（%2）中移除这 %n 台服务器。服务器本身会继续运行，之后可以重新添加。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No member will remain on listener “%1”. It will have no servers and cannot serve any traffic until servers are added again.</source>
        <translation>监听器“%1”上将不再有任何成员。在重新添加服务器之前，它没有后端服务器，无法处理任何流量。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No healthy member will remain on listener “%1”. Clients will get errors until a remaining server passes its health check again.</source>
        <translation>监听器“%1”上将不再有正常的成员。在剩余的某台服务器重新通过健康检查之前，客户端将收到错误。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>To remove anyway, type the listener ID “%1” (the listener has no name):</source>
        <translation>如仍要移除，请输入监听器 ID“%1”（该监听器没有名称）：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listener ID to confirm the removal</source>
        <translation>用于确认移除的监听器 ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To remove anyway, type the listener name “%1”:</source>
        <translation>如仍要移除，请输入监听器名称“%1”：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>After removal: no members remain on this listener.</source>
        <translation>移除后：此监听器上不再剩余任何成员。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After removal: 1 member remains (no health check).</source>
        <translation>移除后：剩余 1 个成员（无健康检查）。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>After removal: %Ln members remain (no health check).</source>
        <translation>
            <numerusform>移除后：剩余 %Ln 个成员（无健康检查）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>After removal: %Ln members remain, %L1 of them healthy.</source>
        <translation>
            <numerusform>移除后：剩余 %Ln 个成员，其中 %L1 个正常。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-3"/>
        <source>After removal: 1 member remains, and it is healthy.</source>
        <translation>移除后：剩余 1 个成员，状态正常。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After removal: 1 member remains, and it is not healthy.</source>
        <translation>移除后：剩余 1 个成员，状态异常。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Established connections to this server may continue until they time out.</source>
        <translation>到此服务器的已建立连接可能会保持到超时为止。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Established connections to these servers may continue until they time out.</source>
        <translation>到这些服务器的已建立连接可能会保持到超时为止。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connection draining is off for this TCP listener.</source>
        <translation>此 TCP 监听器未开启连接排空。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection draining is on for this TCP listener: connections to removed servers are kept for up to 1 minute (the draining timeout).</source>
        <translation>此 TCP 监听器已开启连接排空：到已移除服务器的连接最多保持 1 分钟（连接排空超时时间）。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Connection draining is on for this TCP listener: connections to removed servers are kept for up to %n minutes (the draining timeout).</source>
        <translation>
            <numerusform>此 TCP 监听器已开启连接排空：到已移除服务器的连接最多保持 %n 分钟（连接排空超时时间）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Member ID: %1</source>
        <translation>成员 ID：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Health status reported by the cloud: %1</source>
        <translation>云端报告的健康状态：%1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Remove 1 server</source>
        <translation>移除 1 台服务器</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Remove %n servers</source>
        <translation>
            <numerusform>移除 %n 台服务器</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel, remove nothing</source>
        <translation>取消，不移除任何服务器</translation>
    </message>
</context>
<context>
    <name>ElbDesk::RemoveMembersRequest</name>
    <message>
        <location filename="../../app/core/api/removemembersrequest.cpp" line="+32"/>
        <source>no member to remove</source>
        <translation>没有要移除的成员</translation>
    </message>
</context>
<context>
    <name>ElbDesk::SecretResult</name>
    <message>
        <location filename="../../app/core/store/secretstore.cpp" line="+25"/>
        <source>The keyring operation succeeded.</source>
        <translation>密钥环操作成功。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No secret is stored in the keyring for this connection. Enter it again; it will be saved in the keyring.</source>
        <translation>密钥环中没有此连接的密钥。请重新输入，密钥将保存到密钥环中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keyring cannot be reached because there is no D-Bus session bus. Start ELB Desk from a desktop session (or inside dbus-run-session), or keep the secret for this session only.</source>
        <translation>没有 D-Bus 会话总线，因此无法访问系统密钥环。请在桌面会话中（或在 dbus-run-session 中）启动 ELB Desk，或仅在本次会话中保留密钥。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No Secret Service provider such as GNOME Keyring or KWallet is running. Install and start one (for example the gnome-keyring package), or keep the secret for this session only.</source>
        <translation>没有运行 Secret Service 提供程序（如 GNOME Keyring 或 KWallet）。请安装并启动一个（例如 gnome-keyring 软件包），或仅在本次会话中保留密钥。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keyring is locked and cannot ask for its password here. Unlock it (for example by logging in to the desktop or with Seahorse) and try again, or keep the secret for this session only.</source>
        <translation>密钥环已锁定，且无法在此处询问其密码。请将其解锁（例如登录桌面或使用 Seahorse）后重试，或仅在本次会话中保留密钥。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access to the keyring was denied. Allow ELB Desk to use the keyring and try again, or keep the secret for this session only.</source>
        <translation>访问密钥环被拒绝。请允许 ELB Desk 使用密钥环后重试，或仅在本次会话中保留密钥。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keyring reported an error (see the details). Try again, or keep the secret for this session only.</source>
        <translation>密钥环报告了错误（请查看详细信息）。请重试，或仅在本次会话中保留密钥。</translation>
    </message>
</context>
<context>
    <name>ElbDesk::ServerSearch</name>
    <message>
        <location filename="../../app/core/jobs/serversearch.cpp" line="+66"/>
        <source>the search query is empty: give a server name, private IP or server id</source>
        <translation>搜索内容为空：请输入服务器名称、私有 IP 或服务器 ID</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>the search was cancelled</source>
        <translation>搜索已取消</translation>
    </message>
</context>
<context>
    <name>ElbDesk::WelcomeWidget</name>
    <message>
        <location filename="../../ui/welcomewidget.cpp" line="+61"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete Connection</source>
        <translation>删除连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep It</source>
        <translation>保留</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Welcome to ELB Desk</source>
        <translation>欢迎使用 ELB Desk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Take backend servers out of classic load balancers safely: review what will be removed, follow the cloud&apos;s job, check the result and re-add if needed.</source>
        <translation>安全地将后端服务器从经典型负载均衡器中移除：核对将要移除的内容，跟踪云端任务，检查结果，必要时重新添加。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the Sandbox</source>
        <translation>打开沙箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A local demo cloud; no account needed</source>
        <translation>本地演示云，无需账号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A local demo cloud with sample load balancers, running inside ELB Desk. No account needed, nothing real is changed.</source>
        <translation>在 ELB Desk 内运行的本地演示云，带有示例负载均衡器。无需账号，不会更改任何真实资源。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a Cloud Connection…</source>
        <translation>添加云连接…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to Open Telekom Cloud, Huawei Cloud or Flexible Engine</source>
        <translation>连接到 Open Telekom Cloud、华为云或 Flexible Engine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Telekom Cloud, Huawei Cloud, Flexible Engine or your own endpoints. Secrets are kept in the system keyring.</source>
        <translation>Open Telekom Cloud、华为云、Flexible Engine 或您自己的端点。密钥保存在系统密钥环中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import from clouds.yaml…</source>
        <translation>从 clouds.yaml 导入…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import connections from clouds.yaml</source>
        <translation>从 clouds.yaml 导入连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reads your OpenStack clouds.yaml; secrets move into the keyring, the file is not changed</source>
        <translation>读取 OpenStack clouds.yaml；密钥移入密钥环，文件不会被修改</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+6"/>
        <source>Saved connections</source>
        <translation>已保存的连接</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No saved connections yet. Add one, or try the sandbox first.</source>
        <translation>还没有已保存的连接。请添加一个，或先试用沙箱。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the selected connection</source>
        <translation>打开所选连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the selected connection</source>
        <translation>编辑所选连接</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected connection</source>
        <translation>删除所选连接</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1 %2</source>
        <comment>cloud name, region</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>user %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>access key %1</source>
        <translation>访问密钥 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pasted token</source>
        <translation>粘贴的令牌</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2</source>
        <comment>where, how</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(secret kept for this session only)</source>
        <translation>（密钥仅保留至本次会话结束）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Paste a token to open “%1”: tokens are kept for one session only.</source>
        <translation>请粘贴令牌以打开“%1”：令牌仅在一次会话中有效。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the secret of “%1” to open it: it is not saved in the keyring.</source>
        <translation>请输入“%1”的密钥以将其打开：该密钥不会保存到密钥环中。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete the connection “%1”? Its saved password or secret key is removed from the keyring too. Load balancers in the cloud are not affected.</source>
        <translation>删除连接“%1”吗？其已保存的密码或秘密访问密钥也会从密钥环中删除。云中的负载均衡器不受影响。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>“%1” was deleted, but its secret could not be removed from the keyring: %2 Remove the entry %3 with your keyring manager (e.g. Seahorse).</source>
        <translation>已删除“%1”，但无法从密钥环中删除其密钥：%2请使用密钥环管理器（例如 Seahorse）删除条目 %3。</translation>
    </message>
</context>
<context>
    <name>ElbDesk::YamlScalars</name>
    <message>
        <location filename="../../app/core/config/yamlscalars.cpp" line="+21"/>
        <source>anchors and aliases (&amp; *) are not supported</source>
        <translation>不支持锚点和别名（&amp; *）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tags (!) are not supported</source>
        <translation>不支持标签（!）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>block scalars (| &gt;) are not supported; put the value on one line</source>
        <translation>不支持块标量（| &gt;）；请将值写在一行中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a value cannot start with &quot;%1&quot;; quote it</source>
        <translation>值不能以 &quot;%1&quot; 开头；请为其加上引号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list cannot start after &quot;key:&quot; on the same line</source>
        <translation>列表不能与 &quot;key:&quot; 在同一行开始</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;: &quot; inside a value; quote the value</source>
        <translation>值中包含 &quot;: &quot;；请为该值加上引号</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nested flow collections are not supported</source>
        <translation>不支持嵌套的流式集合</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>a bad \%1 escape in a double-quoted value</source>
        <translation>双引号值中的转义 \%1 有误</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an unknown escape \%1 in a double-quoted value</source>
        <translation>双引号值中有未知的转义 \%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the closing quote is missing (a quoted value must end on its line)</source>
        <translation>缺少右引号（带引号的值必须在同一行结束）</translation>
    </message>
</context>
<context>
    <name>ElbDesk::YamlSubsetParser</name>
    <message>
        <location filename="../../app/core/config/yamlsubsetparser.cpp" line="+47"/>
        <source>the document must start at column 1</source>
        <translation>文档必须从第 1 列开始</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+60"/>
        <location line="+39"/>
        <source>unexpected indentation</source>
        <translation>意外的缩进</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>nested too deeply</source>
        <translation>嵌套层级过深</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>a list item where a &quot;key: value&quot; line was expected</source>
        <translation>此处应为 &quot;key: value&quot; 行，却是列表项</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+196"/>
        <source>the key &quot;%1&quot; appears twice</source>
        <translation>键 &quot;%1&quot; 出现了两次</translation>
    </message>
    <message>
        <location line="-133"/>
        <location line="+11"/>
        <source>expected &quot;key: value&quot;</source>
        <translation>应为 &quot;key: value&quot;</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&quot;%1&quot; at the start of a key is not supported</source>
        <translation>不支持以 &quot;%1&quot; 开头的键</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a key is missing before &quot;:&quot;</source>
        <translation>&quot;:&quot; 前缺少键</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>merge keys (&lt;&lt;) are not supported</source>
        <translation>不支持合并键（&lt;&lt;）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unexpected text after the closing quote</source>
        <translation>右引号后有多余的文本</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+70"/>
        <source>the closing &quot;%1&quot; is missing (a flow collection must end on its line)</source>
        <translation>缺少结尾的 &quot;%1&quot;（流式集合必须在同一行结束）</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+4"/>
        <source>expected &quot;key: value&quot; in a flow mapping</source>
        <translation>流式映射中应为 &quot;key: value&quot;</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>expected &quot;,&quot; or &quot;%1&quot; in a flow collection</source>
        <translation>流式集合中应为 &quot;,&quot; 或 &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unexpected text after the closing &quot;%1&quot;</source>
        <translation>结尾的 &quot;%1&quot; 后有多余的文本</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <source>the file is not UTF-8 text</source>
        <translation>文件不是 UTF-8 文本</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>a tab in the indentation; YAML indents with spaces</source>
        <translation>缩进中含有制表符；YAML 使用空格缩进</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a control character in the text</source>
        <translation>文本中含有控制字符</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>several documents in one file are not supported</source>
        <translation>不支持一个文件中包含多个文档</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>text after &quot;---&quot; is not supported</source>
        <translation>不支持 &quot;---&quot; 之后的文本</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>directives (%) are not supported</source>
        <translation>不支持指令（%）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/main.cpp" line="+29"/>
        <source>ELB Desk: take backend servers out of classic Elastic Load Balancer listeners safely.</source>
        <translation>ELB Desk：安全地将后端服务器从经典型弹性负载均衡（ELB）监听器中移除。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the built-in sandbox cloud straight away: a local demo cloud, no account needed.</source>
        <translation>立即打开内置的沙箱云：本地演示云，无需账号。</translation>
    </message>
</context>
</TS>
