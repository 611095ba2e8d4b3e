<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ElbDesk::AddMembersRequest</name>
    <message>
        <location filename="../../app/core/api/addmembersrequest.cpp" line="+36"/>
        <source>no server to add</source>
        <translation>kein Server zum Hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid server id &quot;%1&quot;: expected a UUID</source>
        <translation>ungültige Server-ID &quot;%1&quot;: erwartet wird eine UUID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid private IP &quot;%1&quot; for server %2</source>
        <translation>ungültige private IP &quot;%1&quot; für Server %2</translation>
    </message>
</context>
<context>
    <name>ElbDesk::ApiClient</name>
    <message>
        <location filename="../../app/core/api/apiclient.cpp" line="+43"/>
        <source>&quot;%1&quot; is not a usable endpoint URL</source>
        <translation>&quot;%1&quot; ist keine verwendbare Endpunkt-URL</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>plain http to %1 is not allowed; use https (plain http is accepted for loopback addresses only)</source>
        <translation>unverschlüsseltes http zu %1 ist nicht erlaubt; verwenden Sie https (http wird nur für Loopback-Adressen akzeptiert)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unsupported URL scheme &quot;%1&quot;</source>
        <translation>nicht unterstütztes URL-Schema &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>cannot read the CA file %1: %2</source>
        <translation>die CA-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the CA file %1 holds no PEM certificate</source>
        <translation>die CA-Datei %1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no network access manager</source>
        <translation>kein Network Access Manager</translation>
    </message>
</context>
<context>
    <name>ElbDesk::ApiError</name>
    <message>
        <location filename="../../app/core/api/apierror.cpp" line="+52"/>
        <source>No error.</source>
        <translation>Kein Fehler.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network failure: %1.</source>
        <translation>Netzwerkfehler: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No complete answer from the server in time: %1.</source>
        <translation>Keine vollständige Antwort des Servers in der vorgesehenen Zeit: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s answer could not be read: %1.</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s answer was too large: %1.</source>
        <translation>Die Antwort des Servers war zu groß: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused before sending: %1.</source>
        <translation>Vor dem Senden abgelehnt: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Classic ELB is not available in this region or project: the API gateway answered HTTP 404%1: %2.</source>
        <translation>Classic ELB ist in dieser Region oder diesem Projekt nicht verfügbar: Das API-Gateway antwortete mit HTTP 404%1: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Authentication failed</source>
        <translation>Authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The load balancer is busy</source>
        <translation>Der Load Balancer ist beschäftigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Throttled by the API gateway</source>
        <translation>Vom API-Gateway gedrosselt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server failure</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The API refused the request</source>
        <translation>Die API hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: HTTP %2%3: %4.</source>
        <translation>%1: HTTP %2%3: %4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request id %1.</source>
        <translation>Anfrage-ID %1.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>no details in the answer</source>
        <translation>keine Details in der Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unrecognised error body &quot;%1&quot;</source>
        <translation>unbekannter Fehlerinhalt &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ElbDesk::ApiRequest</name>
    <message>
        <location filename="../../app/core/api/apirequest.cpp" line="+40"/>
        <source>no API client</source>
        <translation>kein API-Client</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+128"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>more than %1 MiB; the rest was not read</source>
        <translation>mehr als %1 MiB; der Rest wurde nicht gelesen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 s without a complete answer from %2</source>
        <translation>%1 s ohne vollständige Antwort von %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the server redirected to %1; redirects are not followed so the credentials stay with the configured endpoint</source>
        <translation>der Server leitete auf %1 um; Umleitungen werden nicht verfolgt, damit die Anmeldedaten beim konfigurierten Endpunkt bleiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another address</source>
        <translation>eine andere Adresse</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>the TLS certificate of %1 is not trusted (%2); add its CA certificate to the connection to trust it</source>
        <translation>dem TLS-Zertifikat von %1 wird nicht vertraut (%2); fügen Sie das CA-Zertifikat zur Verbindung hinzu, um ihm zu vertrauen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the connection to %1 closed before the answer arrived</source>
        <translation>die Verbindung zu %1 wurde geschlossen, bevor die Antwort eintraf</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no HTTP status in the answer</source>
        <translation>kein HTTP-Status in der Antwort</translation>
    </message>
</context>
<context>
    <name>ElbDesk::AppearanceMenu</name>
    <message>
        <location filename="../../ui/appearancemenu.cpp" line="+8"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the &amp;system</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>ElbDesk::Authenticator</name>
    <message>
        <location filename="../../app/core/auth/akskauthenticator.cpp" line="+50"/>
        <source>AK/SK authentication needs a project id or a project name</source>
        <translation>die AK/SK-Authentifizierung benötigt eine Projekt-ID oder einen Projektnamen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>AK/SK signing (scheme %1), access key %2</source>
        <translation>AK/SK-Signatur (Schema %1), Access Key %2</translation>
    </message>
    <message>
        <location filename="../../app/core/auth/passwordauthenticator.cpp" line="+91"/>
        <source>IAM password, no token yet</source>
        <translation>IAM-Passwort, noch kein Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IAM token valid until %1</source>
        <translation>IAM-Token gültig bis %1</translation>
    </message>
    <message>
        <location filename="../../app/core/auth/tokenauthenticator.cpp" line="+58"/>
        <source>pasted token valid until %1</source>
        <translation>eingefügtes Token gültig bis %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pasted token (session only)</source>
        <translation>eingefügtes Token (nur für diese Sitzung)</translation>
    </message>
</context>
<context>
    <name>ElbDesk::Cli</name>
    <message>
        <location filename="../../app/cli/clichanges.cpp" line="+192"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>still present</source>
        <translation>noch vorhanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not present</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../../app/cli/cliconnection.cpp" line="+29"/>
        <source>OS_CLOUD is &quot;%1&quot; but no clouds.yaml was found (OS_CLIENT_CONFIG_FILE, ./clouds.yaml, ~/.config/openstack/clouds.yaml, /etc/openstack/clouds.yaml)</source>
        <translation>OS_CLOUD ist &quot;%1&quot;, aber es wurde keine clouds.yaml gefunden (OS_CLIENT_CONFIG_FILE, ./clouds.yaml, ~/.config/openstack/clouds.yaml, /etc/openstack/clouds.yaml)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no cloud &quot;%1&quot; in %2</source>
        <translation>keine Cloud &quot;%1&quot; in %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>cloud %1</source>
        <translation>Cloud %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cloud &quot;%1&quot;: %2</source>
        <translation>Cloud &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no saved connection named &quot;%1&quot;</source>
        <translation>keine gespeicherte Verbindung namens &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>no ELB endpoint for cloud &quot;%1&quot;: give --elb-endpoint URL, a known region or elb_endpoint_override in clouds.yaml</source>
        <translation>kein ELB-Endpunkt für Cloud &quot;%1&quot;: Geben Sie --elb-endpoint URL, eine bekannte Region oder elb_endpoint_override in clouds.yaml an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no ELB endpoint: give --elb-endpoint URL or a known --region</source>
        <translation>kein ELB-Endpunkt: Geben Sie --elb-endpoint URL oder eine bekannte --region an</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--elb-endpoint &quot;%1&quot; is not a URL</source>
        <translation>--elb-endpoint &quot;%1&quot; ist keine URL</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>AK/SK authentication needs OS_ACCESS_KEY</source>
        <translation>die AK/SK-Authentifizierung benötigt OS_ACCESS_KEY</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AK/SK authentication needs OS_SECRET_KEY in the environment</source>
        <translation>die AK/SK-Authentifizierung benötigt OS_SECRET_KEY in der Umgebung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>password authentication needs OS_USERNAME and OS_USER_DOMAIN_NAME (or OS_DOMAIN_NAME)</source>
        <translation>die Passwort-Authentifizierung benötigt OS_USERNAME und OS_USER_DOMAIN_NAME (oder OS_DOMAIN_NAME)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>password authentication needs OS_PASSWORD in the environment (credentials are never taken from the command line)</source>
        <translation>die Passwort-Authentifizierung benötigt OS_PASSWORD in der Umgebung (Anmeldedaten werden nie von der Befehlszeile übernommen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>password authentication needs an IAM endpoint: --iam-endpoint, OS_AUTH_URL or a known --region</source>
        <translation>die Passwort-Authentifizierung benötigt einen IAM-Endpunkt: --iam-endpoint, OS_AUTH_URL oder eine bekannte --region</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no credentials: set OS_USERNAME/OS_PASSWORD/OS_USER_DOMAIN_NAME, OS_ACCESS_KEY/OS_SECRET_KEY or OS_AUTH_TOKEN, or use --profile</source>
        <translation>keine Anmeldedaten: Setzen Sie OS_USERNAME/OS_PASSWORD/OS_USER_DOMAIN_NAME, OS_ACCESS_KEY/OS_SECRET_KEY oder OS_AUTH_TOKEN, oder verwenden Sie --profile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>token authentication needs --project-id (or an IAM endpoint to look it up)</source>
        <translation>die Token-Authentifizierung benötigt --project-id (oder einen IAM-Endpunkt, um sie nachzuschlagen)</translation>
    </message>
    <message>
        <location filename="../../app/cli/clifind.cpp" line="+53"/>
        <source>Listener %1 (%2) could not be searched: %3</source>
        <translation>Listener %1 (%2) konnte nicht durchsucht werden: %3</translation>
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
        <translation>Befehle:
  loadbalancers                           die Load Balancer des Projekts auflisten
  listeners [--loadbalancer LB_ID]        Listener auflisten (eines Load Balancers)
  members LISTENER_ID                     alle Mitglieder eines Listeners (alle Seiten)
  remove LISTENER_ID MEMBER_ID... [--yes] Mitglieder in einer Anfrage entfernen, auf den Job
                                          warten, durch erneutes Abfragen prüfen
  add LISTENER_ID SERVER_ID:PRIVATE_IP... Server hinzufügen (Rückgängigmachen eines
                                          Entfernens), auf den Job warten
  job JOB_ID                              einen Job anzeigen
  journal                                 jedes von diesem Rechner gesendete Entfernen und
                                          Wiederhinzufügen, älteste zuerst; durch einen Absturz
                                          unvollständige Vorgänge werden zuerst geklärt (nie
                                          erneut gesendet)
  undo OPERATION_ID                       die Server eines im Journal erfassten Entfernens
                                          (bei remove-server der ganzen Gruppe) mit Server-ID
                                          und privater IP wieder hinzufügen; bereits
                                          vorhandene Server werden gemeldet, nicht doppelt
                                          hinzugefügt; wartet auf den Job
  find QUERY                              jeden Listener jedes Load Balancers, in dem ein
                                          Server ist
  remove-server QUERY [--yes]             einen Server aus allen Listenern entfernen, in
                                          denen er ist: eine Anfrage je Listener, im Journal
                                          als eine Gruppe erfasst
QUERY ist eine Server-ID (exakt), eine private IP (exakt) oder ein Teil eines Servernamens
(Groß-/Kleinschreibung egal).

Jedes Entfernen und Wiederhinzufügen wird vor dem Senden ins Journal geschrieben (nichts
wird gesendet, wenn es nicht geschrieben werden kann). Das Journal ist das der Desktop-App,
im Anwendungsdatenordner; ELBDESK_JOURNAL=PATH verwendet eine andere Datei.

Anmeldedaten kommen aus der Umgebung, nie von der Befehlszeile:
  OS_USERNAME, OS_PASSWORD, OS_USER_DOMAIN_NAME (oder OS_DOMAIN_NAME)  IAM-Passwort
  OS_ACCESS_KEY, OS_SECRET_KEY                                         AK/SK-Signatur
  OS_AUTH_TOKEN                                                        ein IAM-Token
  OS_PROJECT_NAME, OS_PROJECT_ID, OS_REGION_NAME, OS_AUTH_URL (IAM, mit oder ohne /v3)
oder aus dem Schlüsselbund des Systems bei --profile NAME, oder aus clouds.yaml bei
OS_CLOUD=NAME (oder --os-cloud NAME): $OS_CLIENT_CONFIG_FILE, ./clouds.yaml,
~/.config/openstack/clouds.yaml, /etc/openstack/clouds.yaml, zusammengeführt mit
secure.yaml; OS_*-Variablen überschreiben deren Werte. Die Datei wird nur gelesen; ihr
Passwort oder sk gilt nur für diesen Aufruf.
Proxys: https_proxy/HTTPS_PROXY, http_proxy/HTTP_PROXY, no_proxy/NO_PROXY, sonst die
Einstellungen des Systems; Loopback wird nie über einen Proxy geleitet.
--auth ist standardmäßig aksk, wenn beide Schlüssel gesetzt sind, sonst password, sonst token.

Exit-Status: 0 Erfolg; 1 der Job endete mit FAIL oder sein Ergebnis ist unbekannt;
2 Bedienfehler; 3 Authentifizierung fehlgeschlagen; 4 die API hat die Anfrage abgelehnt
(4xx); 5 Netzwerk- oder Serverfehler nach Wiederholungen, oder das Journal kann nicht
geschrieben werden (dann wird nichts gesendet). remove-server endet mit 4, wenn kein
Mitglied passt, und mit 0 nur, wenn das Entfernen an jedem Listener erfolgreich war.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>elbdesk-cli: list, remove and re-add backend servers of classic Elastic Load Balancer listeners (Open Telekom Cloud, Huawei Cloud, Flexible Engine).

</source>
        <translation>elbdesk-cli: Backend-Server der Listener klassischer Elastic Load Balancer auflisten, entfernen und wieder hinzufügen (Open Telekom Cloud, Huawei Cloud, Flexible Engine).

</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ELB endpoint, e.g. https://elb.eu-de.otc.t-systems.com.</source>
        <translation>ELB-Endpunkt, z. B. https://elb.eu-de.otc.t-systems.com.</translation>
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
        <translation>IAM-Endpunkt (Standard: OS_AUTH_URL oder der der Region).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project id (default: OS_PROJECT_ID, or learnt from IAM).</source>
        <translation>Projekt-ID (Standard: OS_PROJECT_ID oder von IAM ermittelt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project name (default: OS_PROJECT_NAME, or the region).</source>
        <translation>Projektname (Standard: OS_PROJECT_NAME oder die Region).</translation>
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
        <translation>Region, z. B. eu-de; bestimmt die Endpunkte (Standard: OS_REGION_NAME).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authentication: password, aksk or token.</source>
        <translation>Authentifizierung: password, aksk oder token.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>METHOD</source>
        <translation>METHOD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AK/SK signing scheme: a (default) or b.</source>
        <translation>AK/SK-Signaturschema: a (Standard) oder b.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SCHEME</source>
        <translation>SCHEME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON with the API&apos;s own field names (journal: the journal&apos;s).</source>
        <translation>JSON mit den Feldnamen der API ausgeben (journal: mit denen des Journals).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds to wait for a job before its outcome is unknown (default 600).</source>
        <translation>Sekunden, die auf einen Job gewartet wird, bevor sein Ergebnis als unbekannt gilt (Standard 600).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extra CA certificates (PEM) to trust.</source>
        <translation>Zusätzliche CA-Zertifikate (PEM), denen vertraut wird.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a saved connection; its secret comes from the keychain.</source>
        <translation>Eine gespeicherte Verbindung verwenden; ihr Geheimnis kommt aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use a cloud of clouds.yaml (default: OS_CLOUD).</source>
        <translation>Eine Cloud aus clouds.yaml verwenden (Standard: OS_CLOUD).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>listeners: only those of this load balancer.</source>
        <translation>listeners: nur die dieses Load Balancers.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LB_ID</source>
        <translation>LB_ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove, remove-server: do not ask for confirmation.</source>
        <translation>remove, remove-server: nicht nach Bestätigung fragen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What to do (see Commands).</source>
        <translation>Was zu tun ist (siehe Befehle).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The command&apos;s arguments.</source>
        <translation>Die Argumente des Befehls.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>[arguments...]</source>
        <translation>[Argumente...]</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no command given; see --help</source>
        <translation>kein Befehl angegeben; siehe --help</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--signing must be a or b, not &quot;%1&quot;</source>
        <translation>--signing muss a oder b sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--auth must be password, aksk or token, not &quot;%1&quot;</source>
        <translation>--auth muss password, aksk oder token sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--timeout takes a positive number of seconds</source>
        <translation>--timeout erwartet eine positive Anzahl Sekunden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown command &quot;%1&quot;; see --help</source>
        <translation>unbekannter Befehl &quot;%1&quot;; siehe --help</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>usage: elbdesk-cli [options] %1</source>
        <translation>Aufruf: elbdesk-cli [Optionen] %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>undo takes an operation id from &quot;journal&quot; (a positive number), not &quot;%1&quot;</source>
        <translation>undo erwartet eine Vorgangs-ID aus &quot;journal&quot; (eine positive Zahl), nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 needs a server name, private IP or server id</source>
        <translation>%1 benötigt einen Servernamen, eine private IP oder eine Server-ID</translation>
    </message>
</context>
<context>
    <name>ElbDesk::Cli::CliRunner</name>
    <message>
        <location filename="../../app/cli/clichanges.cpp" line="-164"/>
        <source>invalid member id &quot;%1&quot;: expected 32 lower-case hex characters (the member id from &quot;members&quot;, not the server id)</source>
        <translation>ungültige Mitglieds-ID &quot;%1&quot;: erwartet werden 32 Hexadezimalzeichen in Kleinbuchstaben (die Mitglieds-ID aus &quot;members&quot;, nicht die Server-ID)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a member id is given more than once</source>
        <translation>eine Mitglieds-ID ist mehrfach angegeben</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>not on listener %1: %2; nothing was sent</source>
        <translation>nicht am Listener %1: %2; es wurde nichts gesendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../app/cli/clifind.cpp" line="+143"/>
        <source>removal cancelled; nothing was sent</source>
        <translation>Entfernen abgebrochen; es wurde nichts gesendet</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>About to remove %n member(s) from listener %1:</source>
        <translation>
            <numerusform>%n Mitglied wird vom Listener %1 entfernt:</numerusform>
            <numerusform>%n Mitglieder werden vom Listener %1 entfernt:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+182"/>
        <location filename="../../app/cli/clifind.cpp" line="-109"/>
        <location line="+100"/>
        <location filename="../../app/cli/clirunner.cpp" line="+235"/>
        <source>SERVER NAME</source>
        <translation>SERVERNAME</translation>
    </message>
    <message>
        <location line="-182"/>
        <location line="+183"/>
        <location filename="../../app/cli/clifind.cpp" line="-100"/>
        <location line="+100"/>
        <location filename="../../app/cli/clirunner.cpp" line="+0"/>
        <source>PRIVATE IP</source>
        <translation>PRIVATE IP</translation>
    </message>
    <message>
        <location line="-183"/>
        <location line="+182"/>
        <location filename="../../app/cli/clifind.cpp" line="-101"/>
        <location line="+101"/>
        <location filename="../../app/cli/clirunner.cpp" line="+0"/>
        <source>MEMBER ID</source>
        <translation>MITGLIEDS-ID</translation>
    </message>
    <message>
        <location line="-182"/>
        <location filename="../../app/cli/clifind.cpp" line="-100"/>
        <location line="+100"/>
        <location filename="../../app/cli/clirunner.cpp" line="+1"/>
        <source>HEALTH</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../app/cli/clifind.cpp" line="+6"/>
        <source>Established connections continue until they time out.</source>
        <translation>Bestehende Verbindungen laufen bis zu ihrem Timeout weiter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove them?</source>
        <translation>Entfernen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type &quot;yes&quot; to confirm: </source>
        <translation>Zur Bestätigung &quot;yes&quot; eingeben: </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Removing %n member(s) from listener %1 in one request…</source>
        <translation>
            <numerusform>%n Mitglied wird in einer Anfrage vom Listener %1 entfernt…</numerusform>
            <numerusform>%n Mitglieder werden in einer Anfrage vom Listener %1 entfernt…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not SERVER_ID:PRIVATE_IP (a server UUID and its private IP)</source>
        <translation>&quot;%1&quot; ist nicht SERVER_ID:PRIVATE_IP (eine Server-UUID und ihre private IP)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location filename="../../app/cli/clijournal.cpp" line="+206"/>
        <source>Server %1 (%2) is already a member of listener %3 (member id %4); not added again.</source>
        <translation>Server %1 (%2) ist bereits Mitglied von Listener %3 (Mitglieds-ID %4); nicht erneut hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Adding %n server(s) to listener %1 in one request…</source>
        <translation>
            <numerusform>%n Server wird in einer Anfrage zum Listener %1 hinzugefügt…</numerusform>
            <numerusform>%n Server werden in einer Anfrage zum Listener %1 hinzugefügt…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Job %1 started for listener %2; following it.</source>
        <translation>Job %1 für Listener %2 gestartet; er wird verfolgt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job %1 started; following it.</source>
        <translation>Job %1 gestartet; er wird verfolgt.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>NEW MEMBER ID</source>
        <translation>NEUE MITGLIEDS-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../app/cli/clifind.cpp" line="-106"/>
        <location line="+100"/>
        <location filename="../../app/cli/clirunner.cpp" line="-1"/>
        <source>SERVER ID</source>
        <translation>SERVER-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../app/cli/clifind.cpp" line="-101"/>
        <location filename="../../app/cli/clijournal.cpp" line="-76"/>
        <source>LISTENER</source>
        <translation>LISTENER</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Listener %1: </source>
        <translation>Listener %1: </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Journaled as operation %1; to put the servers back: elbdesk-cli undo %1</source>
        <translation>Im Journal als Vorgang %1 erfasst; um die Server zurückzuholen: elbdesk-cli undo %1</translation>
    </message>
    <message>
        <location filename="../../app/cli/clifind.cpp" line="-46"/>
        <source>Searching the members of %1 listeners: %2 done…</source>
        <translation>Die Mitglieder von %1 Listenern werden durchsucht: %2 erledigt…</translation>
    </message>
    <message>
        <location line="+46"/>
        <location filename="../../app/cli/clirunner.cpp" line="-33"/>
        <source>LOAD BALANCER</source>
        <translation>LOAD BALANCER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LISTENER ID</source>
        <translation>LISTENER-ID</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No member of the %1 listeners matches &quot;%2&quot;.</source>
        <translation>Kein Mitglied der %1 Listener passt zu &quot;%2&quot;.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&quot;%1&quot; is in %n listener(s) of the %2 searched.</source>
        <translation>
            <numerusform>&quot;%1&quot; ist in %n der %2 durchsuchten Listener.</numerusform>
            <numerusform>&quot;%1&quot; ist in %n der %2 durchsuchten Listener.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n listener(s) could not be searched: the list may be incomplete</source>
        <translation>
            <numerusform>%n Listener konnte nicht durchsucht werden: Die Liste ist eventuell unvollständig</numerusform>
            <numerusform>%n Listener konnten nicht durchsucht werden: Die Liste ist eventuell unvollständig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n listener(s) could not be searched, so the server may sit in more listeners than were found; nothing was sent</source>
        <translation>
            <numerusform>%n Listener konnte nicht durchsucht werden, der Server könnte also in mehr Listenern sein als gefunden; es wurde nichts gesendet</numerusform>
            <numerusform>%n Listener konnten nicht durchsucht werden, der Server könnte also in mehr Listenern sein als gefunden; es wurde nichts gesendet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>no member of any of the %1 listeners matches &quot;%2&quot;; nothing was sent</source>
        <translation>kein Mitglied der %1 Listener passt zu &quot;%2&quot;; es wurde nichts gesendet</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>&quot;%1&quot; matches %n membership(s)</source>
        <translation>
            <numerusform>&quot;%1&quot; passt zu %n Mitgliedschaft</numerusform>
            <numerusform>&quot;%1&quot; passt zu %n Mitgliedschaften</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n listener(s)</source>
        <translation>
            <numerusform>in %n Listener</numerusform>
            <numerusform>in %n Listenern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>of %n load balancer(s):</source>
        <translation>
            <numerusform>von %n Load Balancer:</numerusform>
            <numerusform>von %n Load Balancern:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: %1 different servers match; every one of them will be removed.</source>
        <translation>Hinweis: %1 verschiedene Server passen; jeder von ihnen wird entfernt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Listener %1 (%2) of load balancer %3:</source>
        <translation>Listener %1 (%2) von Load Balancer %3:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  removes %1 of %2 members; %3 remain, %4 of them healthy</source>
        <translation>  entfernt %1 von %2 Mitgliedern; %3 bleiben, davon %4 fehlerfrei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  WARNING: this leaves the listener without any member.</source>
        <translation>  WARNUNG: Damit bleibt der Listener ohne Mitglied.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  WARNING: this leaves the listener without a healthy member.</source>
        <translation>  WARNUNG: Damit bleibt der Listener ohne fehlerfreies Mitglied.</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Remove from these %n listener(s)?</source>
        <translation>
            <numerusform>Aus diesem Listener entfernen?</numerusform>
            <numerusform>Aus diesen %n Listenern entfernen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Removing from %n listener(s), one request each…</source>
        <translation>
            <numerusform>Wird aus %n Listener entfernt, eine Anfrage je Listener…</numerusform>
            <numerusform>Wird aus %n Listenern entfernt, eine Anfrage je Listener…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/cli/clijournal.cpp" line="-90"/>
        <source>Warning: the journal could not be updated (%1); the operation goes on.</source>
        <translation>Warnung: Das Journal konnte nicht aktualisiert werden (%1); der Vorgang läuft weiter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot open the journal %1: %2; nothing was sent</source>
        <translation>das Journal %1 kann nicht geöffnet werden: %2; es wurde nichts gesendet</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>cannot write the journal %1 (%2), so the request for listener %3 was not sent</source>
        <translation>das Journal %1 kann nicht geschrieben werden (%2), daher wurde die Anfrage für Listener %3 nicht gesendet</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Resolving %n operation(s) left unfinished (nothing is sent again)…</source>
        <translation>
            <numerusform>%n unvollständiger Vorgang wird geklärt (nichts wird erneut gesendet)…</numerusform>
            <numerusform>%n unvollständige Vorgänge werden geklärt (nichts wird erneut gesendet)…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operation %1 resolved: %2</source>
        <translation>Vorgang %1 geklärt: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operation %1 is still unresolved: %2</source>
        <translation>Vorgang %1 ist noch ungeklärt: %2</translation>
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
        <translation>ZEITPUNKT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SERVERS</source>
        <translation>SERVER</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/cli/clirunner.cpp" line="+62"/>
        <source>JOB ID</source>
        <translation>JOB-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../app/cli/clirunner.cpp" line="-85"/>
        <location line="+24"/>
        <location line="+33"/>
        <location line="+28"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (undo of %1)</source>
        <translation> (Rückgängigmachen von %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (unfinished)</source>
        <translation>%1 (unvollständig)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The journal %1 is empty.</source>
        <translation>Das Journal %1 ist leer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no operation %1 in the journal %2</source>
        <translation>kein Vorgang %1 im Journal %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>operation %1 is a re-add, not a removal; only a removal can be undone</source>
        <translation>Vorgang %1 ist ein Wiederhinzufügen, kein Entfernen; nur ein Entfernen kann rückgängig gemacht werden</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Member %1 of operation %2 has no server id or private IP in the journal; it cannot be re-added.</source>
        <translation>Mitglied %1 von Vorgang %2 hat im Journal keine Server-ID oder private IP; es kann nicht wieder hinzugefügt werden.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nothing was sent.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>operation %1 was in project %2, not in this connection&apos;s project %3; nothing was sent</source>
        <translation>Vorgang %1 war im Projekt %2, nicht im Projekt %3 dieser Verbindung; es wurde nichts gesendet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every server of the removal is on its listener already; nothing was sent.</source>
        <translation>Jeder Server des Entfernens ist bereits an seinem Listener; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <location filename="../../app/cli/clirunner.cpp" line="-212"/>
        <source>%1 must be after-intent, after-post or while-polling</source>
        <translation>%1 muss after-intent, after-post oder while-polling sein</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Operations whose outcome is not known cannot be resolved without a connection (%1); they are listed as they are.</source>
        <translation>Vorgänge mit unbekanntem Ergebnis können ohne Verbindung nicht geklärt werden (%1); sie werden unverändert aufgelistet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>refusing to remove members without confirmation: no terminal to ask on; pass --yes</source>
        <translation>Mitglieder werden ohne Bestätigung nicht entfernt: kein Terminal für die Rückfrage; geben Sie --yes an</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot read the secret of connection &quot;%1&quot; from the keychain: %2</source>
        <translation>das Geheimnis der Verbindung &quot;%1&quot; kann nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>ELB endpoint refused: %1</source>
        <translation>ELB-Endpunkt abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Throttled by the API gateway; its Retry-After is too long, retrying in %1 s instead.</source>
        <translation>Vom API-Gateway gedrosselt; dessen Retry-After ist zu lang, neuer Versuch stattdessen in %1 s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Throttled by the API gateway; retrying in %1 s.</source>
        <translation>Vom API-Gateway gedrosselt; neuer Versuch in %1 s.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+23"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+85"/>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ADMIN</source>
        <translation>ADMIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BANDWIDTH</source>
        <translation>BANDBREITE</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>FRONT END</source>
        <translation>FRONTEND</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>BACK END</source>
        <translation>BACKEND</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MEMBERS</source>
        <translation>MITGLIEDER</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>BEGIN</source>
        <translation>BEGINN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>END</source>
        <translation>ENDE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ERROR</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Job %1 failed with %2: %3</source>
        <translation>Job %1 ist mit %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job %1 has not finished (%2): its outcome is not known yet.</source>
        <translation>Job %1 ist nicht abgeschlossen (%2): Sein Ergebnis ist noch nicht bekannt.</translation>
    </message>
</context>
<context>
    <name>ElbDesk::CloudsImportDialog</name>
    <message>
        <location filename="../../ui/cloudsimportdialog.cpp" line="+53"/>
        <source>&amp;Choose File…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import from clouds.yaml</source>
        <translation>Aus clouds.yaml importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import connections from clouds.yaml</source>
        <translation>Verbindungen aus clouds.yaml importieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The clouds of your OpenStack clouds.yaml become saved connections. Passwords and secret keys go into the system keyring; the file itself is only read, never changed.</source>
        <translation>Die Clouds Ihrer OpenStack-clouds.yaml werden zu gespeicherten Verbindungen. Passwörter und Secret Keys kommen in den Schlüsselbund des Systems; die Datei selbst wird nur gelesen, nie geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose another clouds.yaml file</source>
        <translation>Eine andere clouds.yaml-Datei wählen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Clouds found in the file</source>
        <translation>In der Datei gefundene Clouds</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Auth URL</source>
        <translation>Auth-URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sign-in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secrets in the file</source>
        <translation>Geheimnisse in der Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import the checked clouds</source>
        <translation>Die markierten Clouds importieren</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No clouds.yaml found in the usual places.</source>
        <translation>An den üblichen Orten wurde keine clouds.yaml gefunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None of ./clouds.yaml, ~/.config/openstack/clouds.yaml or /etc/openstack/clouds.yaml exists (nor $OS_CLIENT_CONFIG_FILE). Choose the file instead.</source>
        <translation>Weder ./clouds.yaml noch ~/.config/openstack/clouds.yaml noch /etc/openstack/clouds.yaml existiert (auch nicht $OS_CLIENT_CONFIG_FILE). Wählen Sie die Datei stattdessen aus.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a clouds.yaml</source>
        <translation>Eine clouds.yaml wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>YAML-Dateien (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file lists no clouds.</source>
        <translation>Die Datei führt keine Clouds auf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File: %1 (with %2)</source>
        <translation>Datei: %1 (mit %2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>AK/SK (%1)</source>
        <translation>AK/SK (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>password (user %1)</source>
        <translation>Passwort (Benutzer %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>secret key</source>
        <translation>Secret Key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2, %3</source>
        <comment>cloud, sign-in, problems</comment>
        <translation>%1, %2, %3</translation>
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
        <translation>Markieren Sie zuerst die zu importierenden Clouds.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Imported %n connection(s). %1 was not changed.</source>
        <translation>
            <numerusform>%n Verbindung importiert. %1 wurde nicht geändert.</numerusform>
            <numerusform>%n Verbindungen importiert. %1 wurde nicht geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Imported %n connection(s); %1 could not be imported (see Problems). The file was not changed.</source>
        <translation>
            <numerusform>%n Verbindung importiert; %1 nicht importierbar (siehe Probleme). Die Datei wurde nicht geändert.</numerusform>
            <numerusform>%n Verbindungen importiert; %1 nicht importierbar (siehe Probleme). Die Datei wurde nicht geändert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>not imported: %1 cannot be written</source>
        <translation>nicht importiert: %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>imported as “%1” (no secret in the file)</source>
        <translation>als „%1“ importiert (kein Geheimnis in der Datei)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not imported: the keyring refused the secret. %1</source>
        <translation>nicht importiert: Der Schlüsselbund hat das Geheimnis abgelehnt. %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>imported as “%1”; secret in the keyring</source>
        <translation>als „%1“ importiert; Geheimnis im Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>ElbDesk::CloudsYamlLocator</name>
    <message>
        <location filename="../../app/core/config/cloudsyamllocator.cpp" line="+74"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is too large for a clouds.yaml</source>
        <translation>%1 ist zu groß für eine clouds.yaml</translation>
    </message>
</context>
<context>
    <name>ElbDesk::CloudsYamlReader</name>
    <message>
        <location filename="../../app/core/config/cloudsyamlreader.cpp" line="+34"/>
        <source>line %1: %2%3 must be a single value</source>
        <translation>Zeile %1: %2%3 muss ein einzelner Wert sein</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>the file holds no clouds</source>
        <translation>die Datei enthält keine Clouds</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1: expected &quot;clouds:&quot; at the top</source>
        <translation>Zeile %1: &quot;clouds:&quot; wurde am Anfang erwartet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>secure.yaml: %1</source>
        <translation>secure.yaml: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no &quot;clouds:&quot; section</source>
        <translation>kein Abschnitt &quot;clouds:&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1: &quot;clouds:&quot; must hold one entry per cloud</source>
        <translation>Zeile %1: &quot;clouds:&quot; muss einen Eintrag je Cloud enthalten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>line %1: the cloud must be a mapping (auth:, region_name:, …)</source>
        <translation>Zeile %1: die Cloud muss ein Mapping sein (auth:, region_name:, …)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1: auth must be a mapping</source>
        <translation>Zeile %1: auth muss ein Mapping sein</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>several regions are listed; %1 is used</source>
        <translation>mehrere Regionen sind angegeben; %1 wird verwendet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>auth.user_domain_id is not supported: give auth.user_domain_name (the domain&apos;s name)</source>
        <translation>auth.user_domain_id wird nicht unterstützt: Geben Sie auth.user_domain_name (den Namen der Domain) an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;verify: false&quot; is ignored: certificates are always checked (use cacert)</source>
        <translation>&quot;verify: false&quot; wird ignoriert: Zertifikate werden immer geprüft (verwenden Sie cacert)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>elb_endpoint_override is not an http(s) URL</source>
        <translation>elb_endpoint_override ist keine http(s)-URL</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>holds a password and AK/SK; the password is used (auth_type: aksk uses the keys)</source>
        <translation>enthält ein Passwort und AK/SK; das Passwort wird verwendet (mit auth_type: aksk die Schlüssel)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>auth_type %1 is not imported: tokens expire; use a password or AK/SK</source>
        <translation>auth_type %1 wird nicht importiert: Tokens laufen ab; verwenden Sie ein Passwort oder AK/SK</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auth_type %1 is not supported (password, v3password or aksk)</source>
        <translation>auth_type %1 wird nicht unterstützt (password, v3password oder aksk)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>auth.username is missing</source>
        <translation>auth.username fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auth.user_domain_name (or auth.domain_name) is missing</source>
        <translation>auth.user_domain_name (oder auth.domain_name) fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no password in the file: it is asked for when the connection is opened</source>
        <translation>kein Passwort in der Datei: Es wird beim Öffnen der Verbindung abgefragt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ak is missing</source>
        <translation>ak fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no sk in the file: it is asked for when the connection is opened</source>
        <translation>kein sk in der Datei: Er wird beim Öffnen der Verbindung abgefragt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>auth.auth_url is not an http(s) URL</source>
        <translation>auth.auth_url ist keine http(s)-URL</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>no auth.auth_url: the IAM endpoint of %1 is used</source>
        <translation>kein auth.auth_url: Der IAM-Endpunkt von %1 wird verwendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auth.auth_url is missing (and no known region_name to take it from)</source>
        <translation>auth.auth_url fehlt (und es gibt keinen bekannten region_name, aus dem er sich ergibt)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No ELB endpoint is known for this cloud: enter it (Edit) before opening the connection</source>
        <translation>Für diese Cloud ist kein ELB-Endpunkt bekannt: Geben Sie ihn (Bearbeiten) vor dem Öffnen der Verbindung ein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no project_name or project_id: the project %1 is used</source>
        <translation>kein project_name oder project_id: Das Projekt %1 wird verwendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auth.project_name (or auth.project_id) is missing</source>
        <translation>auth.project_name (oder auth.project_id) fehlt</translation>
    </message>
</context>
<context>
    <name>ElbDesk::ConnectionDialog</name>
    <message>
        <location filename="../../ui/connectiondialog.ui" line="+35"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connection name</source>
        <translation>Name der Verbindung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Production eu-de</source>
        <translation>z. B. Produktion eu-de</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Cloud and region:</source>
        <translation>&amp;Cloud und Region:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cloud and region</source>
        <translation>Cloud und Region</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional, e.g. eu-de</source>
        <translation>optional, z. B. eu-de</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;ELB endpoint:</source>
        <translation>&amp;ELB-Endpunkt:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ELB endpoint URL</source>
        <translation>URL des ELB-Endpunkts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>https://elb.example.com</source>
        <translation>https://elb.example.com</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;IAM endpoint:</source>
        <translation>&amp;IAM-Endpunkt:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>IAM endpoint URL</source>
        <translation>URL des IAM-Endpunkts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>https://iam.example.com</source>
        <translation>https://iam.example.com</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Sign in with:</source>
        <translation>&amp;Anmeldung mit:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign-in method</source>
        <translation>Anmeldeverfahren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sign-in details</source>
        <translation>Anmeldedaten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>IAM user name</source>
        <translation>IAM-Benutzername</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Domain (account) name:</source>
        <translation>Do&amp;main (Konto):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Domain name</source>
        <translation>Domainname</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Access key (AK):</source>
        <translation>Access &amp;Key (AK):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Access key</source>
        <translation>Access Key</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Secret &amp;key (SK):</source>
        <translation>Secret Ke&amp;y (SK):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Secret key</source>
        <translation>Secret Key</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Si&amp;gning:</source>
        <translation>Si&amp;gnatur:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signing scheme</source>
        <translation>Signaturschema</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>T&amp;oken:</source>
        <translation>T&amp;oken:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>IAM token</source>
        <translation>IAM-Token</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Pro&amp;ject name:</source>
        <translation>Pro&amp;jektname:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Project name</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/connectiondialog.cpp" line="+184"/>
        <source>e.g. eu-de</source>
        <translation>z. B. eu-de</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Project i&amp;d:</source>
        <translation>Projekt-I&amp;D:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Project id</source>
        <translation>Projekt-ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional, 32 hexadecimal characters</source>
        <translation>optional, 32 Hexadezimalzeichen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Extra CA &amp;certificates:</source>
        <translation>Zusätzliche CA-&amp;Zertifikate:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional PEM file</source>
        <translation>optionale PEM-Datei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>B&amp;rowse…</source>
        <translation>Durchs&amp;uchen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a CA certificate file</source>
        <translation>Eine CA-Zertifikatsdatei auswählen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Use for This Session &amp;Only</source>
        <translation>Nur für diese Sitzung &amp;verwenden</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save Connection</source>
        <translation>Verbindung &amp;speichern</translation>
    </message>
    <message>
        <location filename="../../ui/connectiondialog.cpp" line="-124"/>
        <source>The token is kept in memory until ELB Desk quits. It is never saved; paste it again next time.</source>
        <translation>Das Token bleibt im Arbeitsspeicher, bis ELB Desk beendet wird. Es wird nie gespeichert; fügen Sie es beim nächsten Mal erneut ein.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit Connection “%1”</source>
        <translation>Verbindung „%1“ bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change how ELB Desk reaches this cloud project. Leave the secret empty to keep the one already saved.</source>
        <translation>Ändern Sie, wie ELB Desk dieses Cloud-Projekt erreicht. Lassen Sie das Geheimnis leer, um das bereits gespeicherte zu behalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add Cloud Connection</source>
        <translation>Cloud-Verbindung hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the load balancers live and how to sign in. Passwords and secret keys are saved in the system keyring, never in a file.</source>
        <translation>Wo die Load Balancer liegen und wie Sie sich anmelden. Passwörter und Secret Keys werden im Schlüsselbund des Systems gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 — %2</source>
        <comment>cloud name, region</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (no classic ELB)</source>
        <comment>region preset</comment>
        <translation>%1 (kein Classic ELB)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Custom endpoints</source>
        <translation>Eigene Endpunkte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IAM user and password</source>
        <translation>IAM-Benutzer und Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access key and secret key (AK/SK)</source>
        <translation>Access Key und Secret Key (AK/SK)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pasted token (this session only)</source>
        <translation>Eingefügtes Token (nur diese Sitzung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheme A (default)</source>
        <comment>AK/SK signing</comment>
        <translation>Schema A (Standard)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheme B</source>
        <comment>AK/SK signing</comment>
        <translation>Schema B</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Classic load balancers are not available in this region.</source>
        <translation>Klassische Load Balancer sind in dieser Region nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>unchanged (kept for this session)</source>
        <translation>unverändert (für diese Sitzung behalten)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged (saved in the keyring)</source>
        <translation>unverändert (im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not needed for a token</source>
        <translation>für ein Token nicht nötig</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Enter a name for this connection.</source>
        <translation>Geben Sie einen Namen für diese Verbindung ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another connection is already called “%1”. Choose another name.</source>
        <translation>Eine andere Verbindung heißt bereits „%1“. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ELB endpoint</source>
        <translation>ELB-Endpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IAM endpoint</source>
        <translation>IAM-Endpunkt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2.</source>
        <comment>endpoint: problem</comment>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter the IAM user name.</source>
        <translation>Geben Sie den IAM-Benutzernamen ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the password.</source>
        <translation>Geben Sie das Passwort ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the domain (account) name.</source>
        <translation>Geben Sie den Domainnamen (Konto) ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the access key.</source>
        <translation>Geben Sie den Access Key ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the secret key.</source>
        <translation>Geben Sie den Secret Key ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paste a token.</source>
        <translation>Fügen Sie ein Token ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A project id is 32 hexadecimal characters (0–9, a–f). Leave it empty to use the project name.</source>
        <translation>Eine Projekt-ID besteht aus 32 Hexadezimalzeichen (0–9, a–f). Lassen Sie sie leer, um den Projektnamen zu verwenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter a project name or a project id.</source>
        <translation>Geben Sie einen Projektnamen oder eine Projekt-ID ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CA file %1 cannot be read.</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose Extra CA Certificates</source>
        <translation>Zusätzliche CA-Zertifikate auswählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PEM certificates (*.pem *.crt *.cer)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Keyring said: %1</source>
        <translation>Meldung des Schlüsselbunds: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The connection could not be saved: %1 cannot be written.</source>
        <translation>Die Verbindung konnte nicht gespeichert werden: %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Not tested: correct the marked fields first.</source>
        <translation>Nicht getestet: Korrigieren Sie zuerst die markierten Felder.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the saved secret…</source>
        <translation>Das gespeicherte Geheimnis wird gelesen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not tested: the saved secret could not be read. %1</source>
        <translation>Nicht getestet: Das gespeicherte Geheimnis konnte nicht gelesen werden. %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not tested: %1.</source>
        <translation>Nicht getestet: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connected: 1 load balancer</source>
        <translation>Verbunden: 1 Load Balancer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected: %1 load balancers</source>
        <translation>Verbunden: %1 Load Balancer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Test failed: %1</source>
        <translation>Test fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ElbDesk::ElbPaths</name>
    <message>
        <location filename="../../app/core/api/elbpaths.cpp" line="+17"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>… (%n characters)</source>
        <translation>
            <numerusform>… (%n Zeichen)</numerusform>
            <numerusform>… (%n Zeichen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid %1 &quot;%2&quot;: expected 32 lower-case hex characters</source>
        <translation>ungültige %1 &quot;%2&quot;: erwartet werden 32 Hexadezimalzeichen in Kleinbuchstaben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the project id is not known; give it or a project name</source>
        <translation>die Projekt-ID ist nicht bekannt; geben Sie sie oder einen Projektnamen an</translation>
    </message>
</context>
<context>
    <name>ElbDesk::FindProjectRequest</name>
    <message>
        <location filename="../../app/core/auth/iamrequests.cpp" line="+153"/>
        <source>projects[].id: &quot;%1&quot; is not a 32-character hex id</source>
        <translation>projects[].id: &quot;%1&quot; ist keine 32-stellige Hex-ID</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>IAM knows no project named &quot;%1&quot;</source>
        <translation>IAM kennt kein Projekt namens &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ElbDesk::FindServerDialog</name>
    <message>
        <location filename="../../ui/findserverdialog.cpp" line="+25"/>
        <source>Find Server Everywhere</source>
        <translation>Server überall suchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Server name, private IP or server ID:</source>
        <translation>&amp;Servername, private IP oder Server-ID:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server name, private IP or server ID</source>
        <translation>Servername, private IP oder Server-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. ecs-web-0007, 192.168.0.12 or a server ID</source>
        <translation>z. B. ecs-web-0007, 192.168.0.12 oder eine Server-ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find</source>
        <translation>Su&amp;chen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find the server in every listener</source>
        <translation>Den Server in allen Listenern suchen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Listeners searched</source>
        <translation>Durchsuchte Listener</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%v of %m listeners</source>
        <comment>search progress</comment>
        <translation>%v von %m Listenern</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Listeners the server is in</source>
        <translation>Listener, in denen der Server ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load balancer</source>
        <translation>Load Balancer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Listener</source>
        <translation>Listener</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server</source>
        <comment>column header: server name</comment>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private IP</source>
        <translation>Private IP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server ID</source>
        <translation>Server-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Member ID</source>
        <translation>Mitglieds-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <comment>column header: health check result</comment>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left on listener if removed</source>
        <translation>Verbleibend nach Entfernen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Remove from Selected Listeners…</source>
        <translation>Aus ausgewählten Listenern &amp;entfernen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected servers from their listeners</source>
        <translation>Die ausgewählten Server aus ihren Listenern entfernen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Type a server name, a private IP or a server ID to search for.</source>
        <translation>Geben Sie einen Servernamen, eine private IP oder eine Server-ID ein, nach der gesucht werden soll.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Searching every listener for servers whose name contains “%1”…</source>
        <translation>Alle Listener werden nach Servern durchsucht, deren Name „%1“ enthält…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searching every listener for “%1”…</source>
        <translation>Alle Listener werden nach „%1“ durchsucht…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” is not in the 1 listener of this project.</source>
        <translation>„%1“ ist nicht in dem einen Listener dieses Projekts.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>“%1” is in none of the %n listeners of this project.</source>
        <translation>
            <numerusform>„%1“ ist in keinem der %n Listener dieses Projekts.</numerusform>
            <numerusform>„%1“ ist in keinem der %n Listener dieses Projekts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Found in 1 listener (of %n searched).</source>
        <translation>
            <numerusform>In 1 Listener gefunden (von %n durchsuchten).</numerusform>
            <numerusform>In 1 Listener gefunden (von %n durchsuchten).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Found in %1 listeners (of %n searched).</source>
        <translation>
            <numerusform>In %1 Listenern gefunden (von %n durchsuchten).</numerusform>
            <numerusform>In %1 Listenern gefunden (von %n durchsuchten).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 listener could not be searched, so the server may also be there:</source>
        <translation>1 Listener konnte nicht durchsucht werden, der Server könnte also auch dort sein:</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n listeners could not be searched, so the server may also be there:</source>
        <translation>
            <numerusform>%n Listener konnte nicht durchsucht werden, der Server könnte also auch dort sein:</numerusform>
            <numerusform>%n Listener konnten nicht durchsucht werden, der Server könnte also auch dort sein:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>• listener %1: %2</source>
        <comment>a listener that could not be listed, and why</comment>
        <translation>• Listener %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>none: the listener would be empty</source>
        <translation>keins: Der Listener wäre leer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 member (no health check)</source>
        <translation>1 Mitglied (kein Health Check)</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n members (no health check)</source>
        <translation>
            <numerusform>%n Mitglied (kein Health Check)</numerusform>
            <numerusform>%n Mitglieder (kein Health Check)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 member, %1 healthy</source>
        <translation>1 Mitglied, %1 fehlerfrei</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n members, %1 healthy</source>
        <translation>
            <numerusform>%n Mitglied, %1 fehlerfrei</numerusform>
            <numerusform>%n Mitglieder, %1 fehlerfrei</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Load balancer ID: %1</source>
        <translation>Load-Balancer-ID: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listener ID: %1</source>
        <translation>Listener-ID: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Health status reported by the cloud: %1</source>
        <translation>Von der Cloud gemeldeter Zustand: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The listener has %1 members, %2 of them healthy.</source>
        <translation>Der Listener hat %1 Mitglieder, davon %2 fehlerfrei.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Select the listeners to remove the server from first.</source>
        <translation>Wählen Sie zuerst die Listener aus, aus denen der Server entfernt werden soll.</translation>
    </message>
</context>
<context>
    <name>ElbDesk::FreshnessCheck</name>
    <message>
        <location filename="../../app/core/jobs/freshnesscheck.cpp" line="+137"/>
        <source>the check was cancelled</source>
        <translation>die Prüfung wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>member %1</source>
        <translation>Mitglied %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>healthy</source>
        <translation>fehlerfrei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unhealthy</source>
        <translation>fehlerhaft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>without health check</source>
        <translation>ohne Health Check</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>of unknown health</source>
        <translation>mit unbekanntem Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in health state %1</source>
        <comment>%1 is the value the cloud sent</comment>
        <translation>im Zustand %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Listener %1 could not be read again, so its members are not known now: %2</source>
        <translation>Listener %1 konnte nicht erneut gelesen werden, daher sind seine Mitglieder jetzt nicht bekannt: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is no longer on listener %2.</source>
        <translation>%1 ist nicht mehr am Listener %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on listener %2 is %3 now, %4 when reviewed.</source>
        <translation>%1 am Listener %2 ist jetzt %3, bei der Prüfung war es %4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Listener %1 has 1 healthy member now, %2 when reviewed.</source>
        <translation>Listener %1 hat jetzt 1 fehlerfreies Mitglied, bei der Prüfung waren es %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Listener %1 has %n healthy members now, %2 when reviewed.</source>
        <translation>
            <numerusform>Listener %1 hat jetzt %n fehlerfreies Mitglied, bei der Prüfung waren es %2.</numerusform>
            <numerusform>Listener %1 hat jetzt %n fehlerfreie Mitglieder, bei der Prüfung waren es %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ElbDesk::GetJobRequest</name>
    <message>
        <location filename="../../app/core/api/getjobrequest.cpp" line="+32"/>
        <source>asked for job %1 but the answer describes job %2</source>
        <translation>Job %1 wurde abgefragt, aber die Antwort beschreibt Job %2</translation>
    </message>
</context>
<context>
    <name>ElbDesk::HistoryView</name>
    <message>
        <location filename="../../ui/historyview.cpp" line="+29"/>
        <source>History — ELB Desk</source>
        <translation>Verlauf – ELB Desk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From date</source>
        <translation>Ab Datum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To date (inclusive)</source>
        <translation>Bis Datum (einschließlich)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Listener filter</source>
        <translation>Listener-Filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listener name or id</source>
        <translation>Listener-Name oder -ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Listener</source>
        <translation>&amp;Listener</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Journaled operations</source>
        <translation>Im Journal erfasste Vorgänge</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Re-add these servers</source>
        <comment>undo a removal</comment>
        <translation>Diese Server wieder hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-add the removed servers</source>
        <translation>Die entfernten Server wieder hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the servers the selected removal took out back to the same listener. Servers already on it are not added twice.</source>
        <translation>Fügt die Server, die der ausgewählte Vorgang entfernt hat, wieder zum selben Listener hinzu. Server, die bereits dort sind, werden nicht doppelt hinzugefügt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the operations shown as CSV, one line per server.</source>
        <translation>Speichert die angezeigten Vorgänge als CSV, eine Zeile je Server.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the operations shown as JSON, as elbdesk-cli journal --json prints them.</source>
        <translation>Speichert die angezeigten Vorgänge als JSON, so wie elbdesk-cli journal --json sie ausgibt.</translation>
    </message>
    <message numerus="yes">
        <location line="+97"/>
        <source>%n operation(s) shown.</source>
        <translation>
            <numerusform>%n Vorgang angezeigt.</numerusform>
            <numerusform>%n Vorgänge angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Exported %n operation(s) to %1.</source>
        <translation>
            <numerusform>%n Vorgang nach %1 exportiert.</numerusform>
            <numerusform>%n Vorgänge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export history as CSV</source>
        <translation>Verlauf als CSV exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export history as JSON</source>
        <translation>Verlauf als JSON exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
</context>
<context>
    <name>ElbDesk::IamRequests</name>
    <message>
        <location filename="../../app/core/auth/iamrequests.cpp" line="-136"/>
        <source>the IAM answer has no &quot;token&quot; object</source>
        <translation>die IAM-Antwort enthält kein &quot;token&quot;-Objekt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>token.expires_at: &quot;%1&quot; is not an ISO-8601 time</source>
        <translation>token.expires_at: &quot;%1&quot; ist keine ISO-8601-Zeitangabe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>token.project.id: &quot;%1&quot; is not a 32-character hex id</source>
        <translation>token.project.id: &quot;%1&quot; ist keine 32-stellige Hex-ID</translation>
    </message>
</context>
<context>
    <name>ElbDesk::IssueTokenRequest</name>
    <message>
        <location line="+17"/>
        <source>password authentication needs a user name, a domain name and a password</source>
        <translation>die Passwort-Authentifizierung benötigt einen Benutzernamen, einen Domainnamen und ein Passwort</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>password authentication needs a project id or a project name to scope the token</source>
        <translation>die Passwort-Authentifizierung benötigt eine Projekt-ID oder einen Projektnamen, um das Token auf ein Projekt zu beschränken</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>the IAM answer carries no X-Subject-Token header</source>
        <translation>die IAM-Antwort enthält keinen X-Subject-Token-Header</translation>
    </message>
</context>
<context>
    <name>ElbDesk::JobsModel</name>
    <message>
        <location filename="../../app/core/model/jobsmodel.cpp" line="+252"/>
        <source>Listener</source>
        <comment>jobs table column; child rows show the server name here</comment>
        <translation>Listener</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Servers</source>
        <comment>jobs table column; child rows show the private IP here</comment>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job id</source>
        <comment>jobs table column; child rows show the server id here</comment>
        <translation>Job-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <comment>jobs table column; child rows show the per-server result here</comment>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Elapsed</source>
        <comment>jobs table column: time since the job was started</comment>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Listener %1 (id %2)</source>
        <translation>Listener %1 (ID %2)</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+99"/>
        <source>(no name)</source>
        <comment>a server without a name</comment>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>%1 to listener %2.</source>
        <comment>1: e.g. Re-add 2 servers</comment>
        <translation>%1 (Listener %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 from listener %2.</source>
        <comment>1: e.g. Remove 3 servers</comment>
        <translation>%1 (Listener %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sending the request; no answer yet.</source>
        <translation>Die Anfrage wird gesendet; noch keine Antwort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cloud accepted the request as job %1; waiting for its first status report.</source>
        <translation>Die Cloud hat die Anfrage als Job %1 angenommen; warte auf die erste Statusmeldung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cloud reports job %1 as %2.</source>
        <translation>Die Cloud meldet Job %1 als %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The answer was lost (%1). Re-listing the listener to learn whether the request took effect; nothing is sent again.</source>
        <translation>Die Antwort ging verloren (%1). Der Listener wird erneut abgefragt, um festzustellen, ob die Anfrage wirksam wurde; es wird nichts erneut gesendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Job %1 has finished. Re-listing the listener to confirm the result.</source>
        <translation>Job %1 ist abgeschlossen. Der Listener wird erneut abgefragt, um das Ergebnis zu bestätigen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Job %1 failed. The cloud reported %2: %3.</source>
        <translation>Job %1 ist fehlgeschlagen. Die Cloud meldete %2: %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a failure without an error code</source>
        <translation>einen Fehler ohne Fehlercode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 of %2 servers are unchanged on the listener.</source>
        <translation>%1 von %2 Servern sind am Listener unverändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Server %1, private IP %2, server id %3: %4.</source>
        <translation>Server %1, private IP %2, Server-ID %3: %4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Member id %1.</source>
        <translation>Mitglieds-ID %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health when selected: %1.</source>
        <translation>Zustand bei der Auswahl: %1.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>waiting</source>
        <comment>job state: request sent, no answer yet</comment>
        <translation>wartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>running</source>
        <comment>job state: the cloud job is being followed</comment>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verifying</source>
        <comment>job state: re-listing the listener to confirm the result</comment>
        <translation>wird geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>succeeded</source>
        <comment>job state</comment>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <comment>job state: the cloud job ended FAIL</comment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected</source>
        <comment>job state: the API refused the request</comment>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outcome unknown</source>
        <comment>job state</comment>
        <translation>Ergebnis unbekannt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 s</source>
        <comment>elapsed time, seconds</comment>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min %2 s</source>
        <comment>elapsed time</comment>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <comment>elapsed time</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+66"/>
        <source>Re-add 1 server</source>
        <translation>1 Server wieder hinzufügen</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+66"/>
        <source>Re-add %1 servers</source>
        <translation>%1 Server wieder hinzufügen</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+66"/>
        <source>Remove 1 server</source>
        <translation>1 Server entfernen</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+66"/>
        <source>Remove %1 servers</source>
        <translation>%1 Server entfernen</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>added</source>
        <comment>server result</comment>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>removed</source>
        <comment>server result</comment>
        <translation>entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not present</source>
        <comment>server result: not a member after a re-add</comment>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>still present</source>
        <comment>server result: still a member after a removal</comment>
        <translation>noch vorhanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <comment>server result</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pending</source>
        <comment>server result</comment>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>1 listener</source>
        <comment>a group of jobs</comment>
        <translation>1 Listener</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 listeners</source>
        <comment>a group of jobs</comment>
        <translation>%1 Listener</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 job</source>
        <comment>a group of jobs</comment>
        <translation>1 Job</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 jobs</source>
        <comment>a group of jobs</comment>
        <translation>%1 Jobs</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1: %2</source>
        <comment>listener: job id</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 to %2 listeners, one job each: %3.</source>
        <comment>1: e.g. Re-add 3 servers</comment>
        <translation>%1 (%2 Listener, ein Job je Listener): %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 from %2 listeners, one job each: %3.</source>
        <comment>1: e.g. Remove 3 servers</comment>
        <translation>%1 (%2 Listener, ein Job je Listener): %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2, job %3.</source>
        <comment>listener: state, job id</comment>
        <translation>%1: %2, Job %3.</translation>
    </message>
</context>
<context>
    <name>ElbDesk::JobsPanel</name>
    <message>
        <location filename="../../ui/jobspanel.cpp" line="+80"/>
        <source>Jobs</source>
        <comment>dock title</comment>
        <translation>Jobs</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removals and re-adds of this session. Expand a job to see its servers.</source>
        <translation>Entfernen und Wiederhinzufügen in dieser Sitzung. Klappen Sie einen Job auf, um seine Server zu sehen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Job details</source>
        <translation>Job-Details</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check again</source>
        <comment>follow a job with an unknown outcome once more</comment>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the job again</source>
        <translation>Den Job erneut prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the cloud about this job once more. Only for jobs whose outcome is unknown; nothing is sent again.</source>
        <translation>Fragt die Cloud noch einmal nach diesem Job. Nur für Jobs mit unbekanntem Ergebnis; es wird nichts erneut gesendet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Copy job id</source>
        <translation>Job-ID kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the cloud job id of the selected job, e.g. for a support request.</source>
        <translation>Kopiert die Job-ID des ausgewählten Jobs aus der Cloud, z. B. für eine Supportanfrage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-add these servers</source>
        <comment>undo a removal</comment>
        <translation>Diese Server wieder hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-add the removed servers</source>
        <translation>Die entfernten Server wieder hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the servers this job removed back to the same listener. They get new member ids; servers already on the listener are not added twice.</source>
        <translation>Fügt die Server, die dieser Job entfernt hat, wieder zum selben Listener hinzu. Sie erhalten neue Mitglieds-IDs; Server, die bereits am Listener sind, werden nicht doppelt hinzugefügt.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>No jobs yet. Removals and re-adds appear here.</source>
        <translation>Noch keine Jobs. Entfernen und Wiederhinzufügen erscheinen hier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a job to see what happened.</source>
        <translation>Wählen Sie einen Job aus, um zu sehen, was geschehen ist.</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Jobs on %1: %2.</source>
        <comment>1: e.g. 3 listeners; 2: a job state</comment>
        <translation>Jobs für %1: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Job on listener %1 succeeded.</source>
        <translation>Job am Listener %1 war erfolgreich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Job on listener %1 failed.</source>
        <translation>Job am Listener %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Job on listener %1 was rejected.</source>
        <translation>Job am Listener %1 wurde abgelehnt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Job on listener %1: the outcome is unknown.</source>
        <translation>Job am Listener %1: Das Ergebnis ist unbekannt.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>ELB Desk jobs</source>
        <translation>ELB-Desk-Jobs</translation>
    </message>
</context>
<context>
    <name>ElbDesk::Journal</name>
    <message>
        <location filename="../../app/core/store/journal.cpp" line="+193"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot switch the journal to write-ahead logging: %1</source>
        <translation>Das Journal kann nicht auf Write-Ahead-Logging umgestellt werden: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The journal %1 has schema version %2, which this version of ELB Desk does not know.</source>
        <translation>Das Journal %1 hat die Schemaversion %2, die diese Version von ELB Desk nicht kennt.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+89"/>
        <source>The journal is not open.</source>
        <translation>Das Journal ist nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The journal has no operation %1.</source>
        <translation>Das Journal enthält keinen Vorgang %1.</translation>
    </message>
</context>
<context>
    <name>ElbDesk::JournalModel</name>
    <message>
        <location filename="../../app/core/model/journalmodel.cpp" line="+129"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>still present</source>
        <translation>noch vorhanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not present</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <comment>outcome of one server</comment>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 of %2 added</source>
        <translation>%1 von %2 hinzugefügt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 of %2 removed</source>
        <translation>%1 von %2 entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not finished: no job id recorded</source>
        <translation>Nicht abgeschlossen: keine Job-ID aufgezeichnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not finished: job %1</source>
        <translation>Nicht abgeschlossen: Job %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Never applied: nothing changed</source>
        <translation>Nie ausgeführt: nichts geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Succeeded: %1</source>
        <translation>Erfolgreich: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed (%1): %2</source>
        <translation>Fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Took effect: %1</source>
        <translation>Wirksam geworden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not applied: nothing changed</source>
        <translation>Nicht ausgeführt: nichts geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome unknown: %1</source>
        <translation>Ergebnis unbekannt: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (re-add)</source>
        <translation>%1 (wieder hinzugefügt)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection / region</source>
        <translation>Verbindung / Region</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listener</source>
        <translation>Listener</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job id</source>
        <translation>Job-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution</source>
        <comment>how an unfinished operation was settled</comment>
        <translation>Klärung</translation>
    </message>
</context>
<context>
    <name>ElbDesk::JournalRecorder</name>
    <message>
        <location filename="../../app/core/jobs/journalrecorder.cpp" line="+13"/>
        <source>There is no operation to record.</source>
        <translation>Es gibt keinen Vorgang zum Aufzeichnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The journal is not open, so nothing is sent.</source>
        <translation>Das Journal ist nicht geöffnet, daher wird nichts gesendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The operation was started before it was recorded.</source>
        <translation>Der Vorgang wurde gestartet, bevor er aufgezeichnet wurde.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The journal could not record the request, so nothing is sent: %1</source>
        <translation>Das Journal konnte die Anfrage nicht aufzeichnen, daher wird nichts gesendet: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The journal could not record %1 of operation %2: %3</source>
        <translation>Das Journal konnte %1 von Vorgang %2 nicht aufzeichnen: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is closed</source>
        <translation>es ist geschlossen</translation>
    </message>
</context>
<context>
    <name>ElbDesk::JournalResolver</name>
    <message>
        <location filename="../../app/core/jobs/journalresolver.cpp" line="+123"/>
        <source>The journal lists no member for this request and it has no job id: there is nothing to verify.</source>
        <translation>Das Journal führt für diese Anfrage kein Mitglied und keine Job-ID: Es gibt nichts zu prüfen.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Job %1 was still %2 after %3 s; it is followed again next time.</source>
        <translation>Job %1 war nach %3 s noch %2; er wird beim nächsten Mal weiterverfolgt.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>settled by following job %1: it had %2; the listener could not be re-listed to check each member (%3)</source>
        <translation>durch Verfolgen von Job %1 geklärt: Er war %2; der Listener konnte nicht erneut abgefragt werden, um jedes Mitglied zu prüfen (%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>settled: the listener %1 no longer exists (%2), so the outcome cannot be known; nothing was sent again</source>
        <translation>geklärt: Der Listener %1 existiert nicht mehr (%2), daher ist das Ergebnis nicht feststellbar; es wurde nichts erneut gesendet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The listener could not be re-listed (%1); this is tried again next time. Nothing was sent again.</source>
        <translation>Der Listener konnte nicht erneut abgefragt werden (%1); das wird beim nächsten Mal wiederholt. Es wurde nichts erneut gesendet.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>settled by following job %1: it had succeeded; re-listing confirms all %2</source>
        <translation>durch Verfolgen von Job %1 geklärt: Er war erfolgreich; die erneute Abfrage bestätigt alle %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>settled by following job %1: it had succeeded, but re-listing shows %2 of %3 unchanged (%4); they may have been changed again since</source>
        <translation>durch Verfolgen von Job %1 geklärt: Er war erfolgreich, aber die erneute Abfrage zeigt %2 von %3 unverändert (%4); sie wurden inzwischen eventuell erneut geändert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>settled by following job %1: it had failed with %2: %3; re-listing shows %4 of %5 unchanged</source>
        <translation>durch Verfolgen von Job %1 geklärt: Er war mit %2 fehlgeschlagen: %3; die erneute Abfrage zeigt %4 von %5 unverändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no error code</source>
        <translation>kein Fehlercode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>settled by re-listing: job %1 could not be read (%2), but the change had taken effect</source>
        <translation>durch erneute Abfrage geklärt: Job %1 konnte nicht gelesen werden (%2), aber die Änderung war wirksam geworden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Job %1 could not be read (%2) and %3 of %4 are unchanged on the listener; this is checked again next time. Nothing was sent again.</source>
        <translation>Job %1 konnte nicht gelesen werden (%2) und %3 von %4 sind am Listener unverändert; das wird beim nächsten Mal erneut geprüft. Es wurde nichts erneut gesendet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>settled by re-listing: the removal had taken effect</source>
        <translation>durch erneute Abfrage geklärt: Das Entfernen war wirksam geworden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>settled by re-listing: the servers are on the listener, the add had taken effect</source>
        <translation>durch erneute Abfrage geklärt: Die Server sind am Listener, das Hinzufügen war wirksam geworden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The request was never applied: no job id was recorded and re-listing shows no change.</source>
        <translation>Die Anfrage wurde nie ausgeführt: Es wurde keine Job-ID aufgezeichnet und die erneute Abfrage zeigt keine Änderung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>settled by re-listing: the members are still on the listener, the request was never applied; nothing was sent again</source>
        <translation>durch erneute Abfrage geklärt: Die Mitglieder sind noch am Listener, die Anfrage wurde nie ausgeführt; es wurde nichts erneut gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>settled by re-listing: the servers are not on the listener, the request was never applied; nothing was sent again</source>
        <translation>durch erneute Abfrage geklärt: Die Server sind nicht am Listener, die Anfrage wurde nie ausgeführt; es wurde nichts erneut gesendet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>settled by re-listing: only partly applied — %1: %2; %3: %4; nothing was sent again</source>
        <translation>durch erneute Abfrage geklärt: nur teilweise ausgeführt – %1: %2; %3: %4; es wurde nichts erneut gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>still present</source>
        <translation>noch vorhanden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not present</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 of %2 removed, %3 still on the listener.</source>
        <translation>%1 von %2 entfernt, %3 noch am Listener.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 added, %3 not on the listener.</source>
        <translation>%1 von %2 hinzugefügt, %3 nicht am Listener.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 unknown.</source>
        <translation>%1 unbekannt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The journal could not be updated: %1</source>
        <translation>Das Journal konnte nicht aktualisiert werden: %1</translation>
    </message>
</context>
<context>
    <name>ElbDesk::JsonReader</name>
    <message>
        <location filename="../../app/core/model/cloudjob.cpp" line="+15"/>
        <source>expected %1 as a JSON object</source>
        <translation>erwartet wurde %1 als JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../../app/core/model/jsonreader.cpp" line="+51"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: expected an id string, got %2</source>
        <translation>%1: erwartet wurde eine ID als Zeichenkette, erhalten: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: &quot;%2&quot; is not a 32-character lower-case hex id</source>
        <translation>%1: &quot;%2&quot; ist keine 32-stellige Hex-ID in Kleinbuchstaben</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+10"/>
        <source>%1: expected a string, got %2</source>
        <translation>%1: erwartet wurde eine Zeichenkette, erhalten: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+11"/>
        <source>%1: expected an integer, got %2</source>
        <translation>%1: erwartet wurde eine ganze Zahl, erhalten: %2</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1: expected an integer, got &quot;%2&quot;</source>
        <translation>%1: erwartet wurde eine ganze Zahl, erhalten: &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: expected a boolean, got %2</source>
        <translation>%1: erwartet wurde ein Wahrheitswert, erhalten: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: expected an array, got %2</source>
        <translation>%1: erwartet wurde ein Array, erhalten: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../app/core/model/notanobject.h" line="+12"/>
        <source>%1: expected an object, got %2</source>
        <translation>%1: erwartet wurde ein Objekt, erhalten: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the body is empty</source>
        <translation>der Inhalt ist leer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <location filename="../../app/core/model/listener.cpp" line="+48"/>
        <source>expected a JSON array of listeners, got an object</source>
        <translation>erwartet wurde ein JSON-Array von Listenern, erhalten: ein Objekt</translation>
    </message>
    <message>
        <location filename="../../app/core/model/loadbalancer.cpp" line="+46"/>
        <source>expected an object with &quot;loadbalancers&quot;, got %1</source>
        <translation>erwartet wurde ein Objekt mit &quot;loadbalancers&quot;, erhalten: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>loadbalancers: missing</source>
        <translation>loadbalancers: fehlt</translation>
    </message>
    <message>
        <location filename="../../app/core/model/member.cpp" line="+56"/>
        <source>%1: listeners[%2] is not an object with a 32-hex id</source>
        <translation>%1: listeners[%2] ist kein Objekt mit einer 32-stelligen Hex-ID</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: &quot;%2&quot; is not an IP address</source>
        <translation>%1: &quot;%2&quot; ist keine IP-Adresse</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>expected a JSON array of members, got an object</source>
        <translation>erwartet wurde ein JSON-Array von Mitgliedern, erhalten: ein Objekt</translation>
    </message>
</context>
<context>
    <name>ElbDesk::LanguageMenu</name>
    <message>
        <location filename="../../ui/languagemenu.cpp" line="+10"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;System default</source>
        <translation>&amp;Systemstandard</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language changes when ELB Desk is started the next time.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von ELB Desk.</translation>
    </message>
</context>
<context>
    <name>ElbDesk::ListMembersRequest</name>
    <message>
        <location filename="../../app/core/api/listmembersrequest.cpp" line="+47"/>
        <source>no API client</source>
        <translation>kein API-Client</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>page %1 of the member list repeats members already listed; the server ignores the page marker</source>
        <translation>Seite %1 der Mitgliederliste wiederholt bereits aufgeführte Mitglieder; der Server ignoriert die Seitenmarke</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the member list did not end after %1 pages (%2 members); stopped</source>
        <translation>die Mitgliederliste endete nicht nach %1 Seiten (%2 Mitglieder); abgebrochen</translation>
    </message>
</context>
<context>
    <name>ElbDesk::ListenerTreeModel</name>
    <message>
        <location filename="../../app/core/model/listenertreemodel.cpp" line="+65"/>
        <source>(no name)</source>
        <comment>load balancer without a name</comment>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Load balancer %1</source>
        <translation>Load Balancer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load balancer %1 (%2)</source>
        <comment>name, status</comment>
        <translation>Load Balancer %1 (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(no name)</source>
        <comment>listener without a name</comment>
        <translation>(ohne Namen)</translation>
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
        <translation>Listener %1, %2 %3</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Name</source>
        <comment>column</comment>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Front end</source>
        <comment>column: listener protocol and port</comment>
        <translation>Frontend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back end</source>
        <comment>column: backend protocol and port</comment>
        <translation>Backend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <comment>column</comment>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members</source>
        <comment>column: number of backend servers</comment>
        <translation>Mitglieder</translation>
    </message>
</context>
<context>
    <name>ElbDesk::MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.cpp" line="+82"/>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
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
        <translation>Load Balancer und Listener</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The members could not be listed.</source>
        <translation>Die Mitglieder konnten nicht abgefragt werden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This removal is not in the journal, so it cannot be re-added from here.</source>
        <translation>Dieses Entfernen steht nicht im Journal, daher kann es von hier aus nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The journal could not be updated: %1. The job goes on; the history may lag behind it.</source>
        <translation>Das Journal konnte nicht aktualisiert werden: %1. Der Job läuft weiter; der Verlauf hinkt ihm eventuell hinterher.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;sandbox</source>
        <translation>&amp;Sandbox öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close connection</source>
        <translation>&amp;Verbindung schließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the load balancers, listeners and members again (F5)</source>
        <translation>Load Balancer, Listener und Mitglieder erneut abfragen (F5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;move from listener…</source>
        <translation>Vom Listener &amp;entfernen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove from listener…</source>
        <translation>Vom Listener entfernen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Filter members</source>
        <translation>Mitglieder &amp;filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter members</source>
        <translation>Mitglieder filtern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every removal and re-add the journal holds (Ctrl+H)</source>
        <translation>Jedes Entfernen und Wiederhinzufügen, das im Journal steht (Strg+H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find server &amp;everywhere…</source>
        <translation>Server &amp;überall suchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find server everywhere…</source>
        <translation>Server überall suchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a server by name, private IP or id in every listener of the project (Ctrl+Shift+F)</source>
        <translation>Einen Server nach Name, privater IP oder ID in allen Listenern des Projekts suchen (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Main</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Starting the sandbox…</source>
        <translation>Die Sandbox wird gestartet…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Throttled by the API gateway; its Retry-After is very long, so ELB Desk retries in %1 s instead.</source>
        <translation>Vom API-Gateway gedrosselt; dessen Retry-After ist sehr lang, daher versucht ELB Desk es stattdessen in %1 s erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Throttled by the API gateway; retrying in %1 s.</source>
        <translation>Vom API-Gateway gedrosselt; neuer Versuch in %1 s.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — ELB Desk</source>
        <translation>%1 – ELB Desk</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>The load balancers could not be listed.</source>
        <translation>Die Load Balancer konnten nicht abgefragt werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The listeners could not be listed.</source>
        <translation>Die Listener konnten nicht abgefragt werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>Review and remove the %n selected server(s) (Delete)</source>
        <translation>
            <numerusform>Den ausgewählten Server prüfen und entfernen (Entf)</numerusform>
            <numerusform>Die %n ausgewählten Server prüfen und entfernen (Entf)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removals are refused: the journal cannot be written</source>
        <translation>Entfernen wird verweigert: Das Journal kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select members of a listener to remove them</source>
        <translation>Wählen Sie Mitglieder eines Listeners aus, um sie zu entfernen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>project not known yet</source>
        <translation>Projekt noch nicht bekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · region %2 · project %3</source>
        <translation>%1 · Region %2 · Projekt %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>custom</source>
        <translation>benutzerdefiniert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Token valid for %1 h %2 min</source>
        <translation>Token gültig für %1 h %2 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token expired; it is renewed with the next request</source>
        <translation>Token abgelaufen; es wird mit der nächsten Anfrage erneuert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The members of this listener are still being listed. Review the removal once the list is complete.</source>
        <translation>Die Mitglieder dieses Listeners werden noch abgefragt. Prüfen Sie das Entfernen, sobald die Liste vollständig ist.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 → member %2</source>
        <translation>%1 → Mitglied %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-added to listener %1: %2.</source>
        <translation>Wieder zu Listener %1 hinzugefügt: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowfind.cpp" line="+42"/>
        <source>Checking that the reviewed servers are still as shown before sending…</source>
        <translation>Vor dem Senden wird geprüft, ob die geprüften Server noch so sind wie angezeigt…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing was sent: the listeners changed since the review. %1</source>
        <translation>Es wurde nichts gesendet: Die Listener haben sich seit der Prüfung geändert. %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Nothing more was sent: the removal from listener %1 could not be written to the journal (%2).</source>
        <translation>Es wurde nichts weiter gesendet: Das Entfernen von Listener %1 konnte nicht ins Journal geschrieben werden (%2).</translation>
    </message>
    <message>
        <location filename="../../ui/mainwindowjournal.cpp" line="+48"/>
        <source>The journal %1 could not be opened (%2). Removals and re-adds are refused until it can be written, because nothing may be sent without a record.</source>
        <translation>Das Journal %1 konnte nicht geöffnet werden (%2). Entfernen und Wiederhinzufügen werden verweigert, bis es geschrieben werden kann, denn ohne Aufzeichnung darf nichts gesendet werden.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>1 had taken effect</source>
        <translation>1 war wirksam geworden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 had taken effect</source>
        <translation>%1 waren wirksam geworden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 was never applied</source>
        <translation>1 wurde nie ausgeführt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 were never applied</source>
        <translation>%1 wurden nie ausgeführt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 failed or took partial effect</source>
        <translation>1 ist fehlgeschlagen oder nur teilweise wirksam geworden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 failed or took partial effect</source>
        <translation>%1 sind fehlgeschlagen oder nur teilweise wirksam geworden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 operation left unfinished by the last run was settled: %1</source>
        <translation>1 beim letzten Lauf unvollständig gebliebener Vorgang wurde geklärt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 operations left unfinished by the last run were settled: %2</source>
        <translation>%1 beim letzten Lauf unvollständig gebliebene Vorgänge wurden geklärt: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 is still unknown and will be checked again</source>
        <translation>1 ist noch unbekannt und wird erneut geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 are still unknown and will be checked again</source>
        <translation>%1 sind noch unbekannt und werden erneut geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operations left unfinished by the last run: %1</source>
        <translation>Beim letzten Lauf unvollständig gebliebene Vorgänge: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — see History</source>
        <translation> – siehe Verlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show history</source>
        <translation>Verlauf anzeigen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Operation %1 is not a removal in the journal.</source>
        <translation>Vorgang %1 ist im Journal kein Entfernen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This removal was made with connection %1 (project %2). Open that connection to re-add its servers.</source>
        <translation>Dieses Entfernen erfolgte über die Verbindung %1 (Projekt %2). Öffnen Sie diese Verbindung, um die Server wieder hinzuzufügen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A re-add of these servers is already under way; see the Jobs panel.</source>
        <translation>Diese Server werden bereits wieder hinzugefügt; siehe den Bereich „Jobs“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The listener %1 could not be listed, so nothing was re-added.</source>
        <translation>Der Listener %1 konnte nicht abgefragt werden, daher wurde nichts wieder hinzugefügt.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Nothing was sent: every server is already present on listener %1 (%2).</source>
        <translation>Es wurde nichts gesendet: Alle Server sind bereits am Listener %1 (%2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already present on listener %1, not added again: %2.</source>
        <translation>Bereits am Listener %1, nicht erneut hinzugefügt: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This removal took no server out: nothing to re-add.</source>
        <translation>Dieser Vorgang hat keinen Server entfernt: Es gibt nichts wieder hinzuzufügen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was sent: the re-add could not be written to the journal (%1).</source>
        <translation>Es wurde nichts gesendet: Das Wiederhinzufügen konnte nicht ins Journal geschrieben werden (%1).</translation>
    </message>
</context>
<context>
    <name>ElbDesk::MemberModel</name>
    <message>
        <location filename="../../app/core/model/membermodel.cpp" line="+137"/>
        <source>Healthy</source>
        <comment>member health</comment>
        <translation>Fehlerfrei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unhealthy</source>
        <comment>member health</comment>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/memberpane.cpp" line="+84"/>
        <source>No health check</source>
        <comment>member health</comment>
        <translation>Kein Health Check</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server passes the listener&apos;s health check.</source>
        <translation>Der Server besteht den Health Check des Listeners.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server fails the listener&apos;s health check.</source>
        <translation>Der Server besteht den Health Check des Listeners nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The listener has no health check configured, so this server&apos;s health is unknown. This is not a failure.</source>
        <translation>Für den Listener ist kein Health Check konfiguriert, daher ist der Zustand dieses Servers unbekannt. Das ist kein Fehler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cloud reported no health status for this server.</source>
        <translation>Die Cloud hat für diesen Server keinen Zustand gemeldet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health status reported by the cloud: %1</source>
        <translation>Von der Cloud gemeldeter Zustand: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(no name)</source>
        <comment>server without a name</comment>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The cloud reports no name for this server.</source>
        <translation>Die Cloud meldet für diesen Server keinen Namen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Server name</source>
        <comment>column</comment>
        <translation>Servername</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private IP</source>
        <comment>column</comment>
        <translation>Private IP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server ID</source>
        <comment>column</comment>
        <translation>Server-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member ID</source>
        <comment>column</comment>
        <translation>Mitglieds-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health</source>
        <comment>column</comment>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <comment>column</comment>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ElbDesk::MemberOperation</name>
    <message>
        <location filename="../../app/core/jobs/memberoperation.cpp" line="+37"/>
        <source>%1 Trying again in %2 s.</source>
        <translation>%1 Neuer Versuch in %2 s.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The answer was lost (%1). Re-listing the listener to learn whether the request took effect.</source>
        <translation>Die Antwort ging verloren (%1). Der Listener wird erneut abgefragt, um festzustellen, ob die Anfrage wirksam wurde.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Job %1: %2</source>
        <translation>Job %1: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Job %1 succeeded.</source>
        <translation>Job %1 war erfolgreich.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Job %1 had not finished after %2 s (last status %3): the outcome is unknown. The job id is kept; check again later.%4</source>
        <translation>Job %1 war nach %2 s nicht abgeschlossen (letzter Status %3): Das Ergebnis ist unbekannt. Die Job-ID wird aufbewahrt; prüfen Sie später erneut.%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The answer was lost and the listener could not be re-listed (%1): the outcome is unknown. Nothing was sent again.</source>
        <translation>Die Antwort ging verloren und der Listener konnte nicht erneut abgefragt werden (%1): Das Ergebnis ist unbekannt. Es wurde nichts erneut gesendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Job %1 failed: %2 %3 (re-listing failed: %4)</source>
        <translation>Job %1 ist fehlgeschlagen: %2 %3 (erneute Abfrage fehlgeschlagen: %4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Job %1 succeeded, but the result could not be verified: %2</source>
        <translation>Job %1 war erfolgreich, aber das Ergebnis konnte nicht überprüft werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Job %1 failed with %2: %3. %4 of %5 are unchanged on the listener.</source>
        <translation>Job %1 ist mit %2 fehlgeschlagen: %3. %4 von %5 sind am Listener unverändert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no error code</source>
        <translation>kein Fehlercode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The answer was lost (%1), but re-listing shows the request took effect for all %2.</source>
        <translation>Die Antwort ging verloren (%1), aber die erneute Abfrage zeigt, dass die Anfrage für alle %2 wirksam wurde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The answer was lost (%1). After %2 s, %3 of %4 are unchanged on the listener: the request was probably not applied. Nothing was sent again; check the listener and repeat if needed.</source>
        <translation>Die Antwort ging verloren (%1). Nach %2 s sind %3 von %4 am Listener unverändert: Die Anfrage wurde wahrscheinlich nicht ausgeführt. Es wurde nichts erneut gesendet; prüfen Sie den Listener und wiederholen Sie den Vorgang bei Bedarf.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Job %1 succeeded; re-listing confirms all %2.</source>
        <translation>Job %1 war erfolgreich; die erneute Abfrage bestätigt alle %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Job %1 reported success, but %2 of %3 are unchanged on the listener after %4 s.</source>
        <translation>Job %1 meldete Erfolg, aber %2 von %3 sind nach %4 s am Listener unverändert.</translation>
    </message>
</context>
<context>
    <name>ElbDesk::MemberPane</name>
    <message>
        <location filename="../../ui/memberpane.cpp" line="-51"/>
        <source>Select all shown</source>
        <translation>Alle angezeigten auswählen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter by server name, private IP or id (Ctrl+F)</source>
        <translation>Nach Servername, privater IP oder ID filtern (Strg+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter members</source>
        <translation>Mitglieder filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Health filter</source>
        <translation>Zustandsfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All health states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy</source>
        <translation>Fehlerfrei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unhealthy</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No health check</source>
        <translation>Kein Health Check</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select every member the filter shows</source>
        <translation>Alle Mitglieder auswählen, die der Filter anzeigt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Members of the listener</source>
        <translation>Mitglieder des Listeners</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>%v / %m loaded</source>
        <translation>%v / %m geladen</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Select a listener to see its members.</source>
        <translation>Wählen Sie einen Listener aus, um seine Mitglieder zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 members, %2 healthy</source>
        <translation>%1 Mitglieder, %2 fehlerfrei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 shown</source>
        <translation>%1 angezeigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 selected</source>
        <translation>%1 ausgewählt</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>(%n hidden by the filter)</source>
        <translation>
            <numerusform>(%n durch den Filter ausgeblendet)</numerusform>
            <numerusform>(%n durch den Filter ausgeblendet)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
</context>
<context>
    <name>ElbDesk::MessageBar</name>
    <message>
        <location filename="../../ui/messagebar.cpp" line="+31"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Classic ELB is not available in this region or project (the API gateway answered APIGW.0101). Check the region, or use the shared or dedicated ELB tools.</source>
        <translation>Classic ELB ist in dieser Region oder diesem Projekt nicht verfügbar (das API-Gateway antwortete mit APIGW.0101). Prüfen Sie die Region oder verwenden Sie die Werkzeuge für Shared oder Dedicated ELB.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Authentication failed: %1 Check the user, domain, project and password or keys of this connection.</source>
        <translation>Authentifizierung fehlgeschlagen: %1 Prüfen Sie Benutzer, Domain, Projekt und Passwort bzw. Schlüssel dieser Verbindung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Permission denied: %1 The account may lack the ELB permissions for this project.</source>
        <translation>Zugriff verweigert: %1 Dem Konto fehlen möglicherweise die ELB-Berechtigungen für dieses Projekt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The API gateway is throttling requests (%1). Waiting before trying again.</source>
        <translation>Das API-Gateway drosselt Anfragen (%1). Vor dem nächsten Versuch wird gewartet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cloud could not be reached: %1</source>
        <translation>Die Cloud ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
</context>
<context>
    <name>ElbDesk::MultiRemoveDialog</name>
    <message>
        <location filename="../../ui/multiremovedialog.cpp" line="+54"/>
        <source>Changed since the review</source>
        <translation>Seit der Prüfung geändert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Servers to remove, by listener</source>
        <translation>Zu entfernende Server, nach Listener</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Changed since you reviewed this removal — please look again:
%1</source>
        <translation>Seit Ihrer Prüfung dieses Entfernens geändert – bitte sehen Sie noch einmal nach:
%1</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>REMOVE</source>
        <comment>the word typed to confirm a removal from several listeners</comment>
        <translation>ENTFERNEN</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove 1 server from listener %1</source>
        <translation>1 Server von Listener %1 entfernen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove %n servers from listener %1</source>
        <translation>
            <numerusform>%n Server von Listener %1 entfernen</numerusform>
            <numerusform>%n Server von Listener %1 entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This server will be removed from listener “%1” of load balancer “%2”. The server itself keeps running and can be added back later.</source>
        <translation>Dieser Server wird vom Listener „%1“ des Load Balancers „%2“ entfernt. Der Server selbst läuft weiter und kann später wieder hinzugefügt werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>These %n servers will be removed from listener “%1” of load balancer “%2”. The servers themselves keep running and can be added back later.</source>
        <translation>
            <numerusform>Dieser Server wird vom Listener „%1“ des Load Balancers „%2“ entfernt. Der Server selbst läuft weiter und kann später wieder hinzugefügt werden.</numerusform>
            <numerusform>Diese %n Server werden vom Listener „%1“ des Load Balancers „%2“ entfernt. Die Server selbst laufen weiter und können später wieder hinzugefügt werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Remove 1 server from %n listeners</source>
        <translation>
            <numerusform>1 Server aus %n Listener entfernen</numerusform>
            <numerusform>1 Server aus %n Listenern entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove %1 servers from %n listeners</source>
        <translation>
            <numerusform>%1 Server aus %n Listener entfernen</numerusform>
            <numerusform>%1 Server aus %n Listenern entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The servers below will be removed from %n listeners, with one request per listener. The servers themselves keep running and can be added back later.</source>
        <translation>
            <numerusform>Die folgenden Server werden aus %n Listener entfernt, mit einer Anfrage je Listener. Die Server selbst laufen weiter und können später wieder hinzugefügt werden.</numerusform>
            <numerusform>Die folgenden Server werden aus %n Listenern entfernt, mit einer Anfrage je Listener. Die Server selbst laufen weiter und können später wieder hinzugefügt werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Established connections to this server may continue until they time out.</source>
        <translation>Bestehende Verbindungen zu diesem Server können bis zu ihrem Timeout weiterlaufen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Established connections to these servers may continue until they time out (on TCP listeners with connection draining, for up to the draining timeout).</source>
        <translation>Bestehende Verbindungen zu diesen Servern können bis zu ihrem Timeout weiterlaufen (bei TCP-Listenern mit Connection Draining bis zum Ablauf des Draining-Timeouts).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>To remove anyway, type the listener ID “%1” (the listener has no name):</source>
        <translation>Um trotzdem zu entfernen, geben Sie die Listener-ID „%1“ ein (der Listener hat keinen Namen):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To remove anyway, type the listener name “%1”:</source>
        <translation>Um trotzdem zu entfernen, geben Sie den Listener-Namen „%1“ ein:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listener ID to confirm the removal</source>
        <translation>Listener-ID zur Bestätigung des Entfernens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listener name to confirm the removal</source>
        <translation>Listener-Name zur Bestätigung des Entfernens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To remove anyway, type “%1”:</source>
        <translation>Um trotzdem zu entfernen, geben Sie „%1“ ein:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmation word for the removal</source>
        <translation>Bestätigungswort für das Entfernen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No member will remain on listener “%1”. It will have no servers and cannot serve any traffic until servers are added again.</source>
        <translation>Am Listener „%1“ bleibt kein Mitglied übrig. Er hat dann keine Server und kann keinen Datenverkehr bedienen, bis wieder Server hinzugefügt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No healthy member will remain on listener “%1”. Clients will get errors until a remaining server passes its health check again.</source>
        <translation>Am Listener „%1“ bleibt kein fehlerfreies Mitglied übrig. Clients erhalten Fehler, bis ein verbleibender Server seinen Health Check wieder besteht.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (load balancer %2), 1 server:</source>
        <translation>%1 (Load Balancer %2), 1 Server:</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 (load balancer %2), %n servers:</source>
        <translation>
            <numerusform>%1 (Load Balancer %2), %n Server:</numerusform>
            <numerusform>%1 (Load Balancer %2), %n Server:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no members remain.</source>
        <comment>after removal</comment>
        <translation>es bleiben keine Mitglieder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 member remains (no health check).</source>
        <translation>1 Mitglied bleibt (kein Health Check).</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n members remain (no health check).</source>
        <translation>
            <numerusform>%n Mitglied bleibt (kein Health Check).</numerusform>
            <numerusform>%n Mitglieder bleiben (kein Health Check).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 member remains, and it is healthy.</source>
        <translation>1 Mitglied bleibt, und es ist fehlerfrei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 member remains, and it is not healthy.</source>
        <translation>1 Mitglied bleibt, und es ist nicht fehlerfrei.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n members remain, %1 of them healthy.</source>
        <translation>
            <numerusform>%n Mitglied bleibt, davon %1 fehlerfrei.</numerusform>
            <numerusform>%n Mitglieder bleiben, davon %1 fehlerfrei.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Server</source>
        <comment>column header: server name</comment>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Private IP</source>
        <translation>Private IP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server ID</source>
        <translation>Server-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Health</source>
        <comment>column header: health check result</comment>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Member ID: %1</source>
        <translation>Mitglieds-ID: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Health status reported by the cloud: %1</source>
        <translation>Von der Cloud gemeldeter Zustand: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Remove 1 server</source>
        <translation>1 Server entfernen</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Remove %n servers</source>
        <translation>
            <numerusform>%n Server entfernen</numerusform>
            <numerusform>%n Server entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 from %n listeners</source>
        <comment>%1 is the remove button&apos;s text</comment>
        <translation>
            <numerusform>%1 aus %n Listener</numerusform>
            <numerusform>%1 aus %n Listenern</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel, remove nothing</source>
        <translation>Abbrechen, nichts entfernen</translation>
    </message>
</context>
<context>
    <name>ElbDesk::RegionPresets</name>
    <message>
        <location filename="../../app/core/api/regionpresets.cpp" line="+23"/>
        <source>Classic load balancers are not supported in eu-nl.</source>
        <translation>Klassische Load Balancer werden in eu-nl nicht unterstützt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Endpoints unconfirmed; classic ELB is not documented for the Swiss cloud.</source>
        <translation>Endpunkte unbestätigt; Classic ELB ist für die Swiss Cloud nicht dokumentiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The classic v1.0 API is retired in core Huawei Cloud regions (APIGW.0101).</source>
        <translation>Die klassische v1.0-API ist in den Kernregionen der Huawei Cloud abgeschaltet (APIGW.0101).</translation>
    </message>
</context>
<context>
    <name>ElbDesk::RemoveMembersDialog</name>
    <message>
        <location filename="../../ui/removemembersdialog.ui" line="+30"/>
        <source>Servers to remove</source>
        <translation>Zu entfernende Server</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Server</source>
        <comment>column header: server name</comment>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Private IP</source>
        <translation>Private IP</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server ID</source>
        <translation>Server-ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Health</source>
        <comment>column header: health check result</comment>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+12"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+32"/>
        <location filename="../../ui/removemembersdialog.cpp" line="+156"/>
        <source>Listener name to confirm the removal</source>
        <translation>Listener-Name zur Bestätigung des Entfernens</translation>
    </message>
    <message>
        <location filename="../../ui/removemembersdialog.cpp" line="-83"/>
        <source>Healthy</source>
        <translation>Fehlerfrei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unhealthy</source>
        <translation>Fehlerhaft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No health check</source>
        <translation>Kein Health Check</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown</source>
        <comment>health status</comment>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown (%1)</source>
        <comment>health status; %1 is the value the cloud sent</comment>
        <translation>Unbekannt (%1)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Remove 1 server from listener %1</source>
        <translation>1 Server von Listener %1 entfernen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Remove %n servers from listener %1</source>
        <translation>
            <numerusform>%n Server von Listener %1 entfernen</numerusform>
            <numerusform>%n Server von Listener %1 entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 port %2</source>
        <comment>listener protocol and port, e.g. TCP port 443</comment>
        <translation>%1 Port %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This server will be removed from listener “%1” (%2). The server itself keeps running and can be added back later.</source>
        <translation>Dieser Server wird vom Listener „%1“ (%2) entfernt. Der Server selbst läuft weiter und kann später wieder hinzugefügt werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>These %n servers will be removed from listener “%1” (%2). The servers themselves keep running and can be added back later.</source>
        <translation>
            <numerusform>Dieser Server wird vom Listener „%1“ (%2) entfernt. Der Server selbst läuft weiter und kann später wieder hinzugefügt werden.</numerusform>
            <numerusform>Diese %n Server werden vom Listener „%1“ (%2) entfernt. Die Server selbst laufen weiter und können später wieder hinzugefügt werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No member will remain on listener “%1”. It will have no servers and cannot serve any traffic until servers are added again.</source>
        <translation>Am Listener „%1“ bleibt kein Mitglied übrig. Er hat dann keine Server und kann keinen Datenverkehr bedienen, bis wieder Server hinzugefügt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No healthy member will remain on listener “%1”. Clients will get errors until a remaining server passes its health check again.</source>
        <translation>Am Listener „%1“ bleibt kein fehlerfreies Mitglied übrig. Clients erhalten Fehler, bis ein verbleibender Server seinen Health Check wieder besteht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>To remove anyway, type the listener ID “%1” (the listener has no name):</source>
        <translation>Um trotzdem zu entfernen, geben Sie die Listener-ID „%1“ ein (der Listener hat keinen Namen):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listener ID to confirm the removal</source>
        <translation>Listener-ID zur Bestätigung des Entfernens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To remove anyway, type the listener name “%1”:</source>
        <translation>Um trotzdem zu entfernen, geben Sie den Listener-Namen „%1“ ein:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>After removal: no members remain on this listener.</source>
        <translation>Nach dem Entfernen: Es bleiben keine Mitglieder an diesem Listener.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>After removal: 1 member remains (no health check).</source>
        <translation>Nach dem Entfernen: 1 Mitglied bleibt (kein Health Check).</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>After removal: %Ln members remain (no health check).</source>
        <translation>
            <numerusform>Nach dem Entfernen: %Ln Mitglied bleibt (kein Health Check).</numerusform>
            <numerusform>Nach dem Entfernen: %Ln Mitglieder bleiben (kein Health Check).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>After removal: %Ln members remain, %L1 of them healthy.</source>
        <translation>
            <numerusform>Nach dem Entfernen: %Ln Mitglied bleibt, davon %L1 fehlerfrei.</numerusform>
            <numerusform>Nach dem Entfernen: %Ln Mitglieder bleiben, davon %L1 fehlerfrei.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-3"/>
        <source>After removal: 1 member remains, and it is healthy.</source>
        <translation>Nach dem Entfernen: 1 Mitglied bleibt, und es ist fehlerfrei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After removal: 1 member remains, and it is not healthy.</source>
        <translation>Nach dem Entfernen: 1 Mitglied bleibt, und es ist nicht fehlerfrei.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Established connections to this server may continue until they time out.</source>
        <translation>Bestehende Verbindungen zu diesem Server können bis zu ihrem Timeout weiterlaufen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Established connections to these servers may continue until they time out.</source>
        <translation>Bestehende Verbindungen zu diesen Servern können bis zu ihrem Timeout weiterlaufen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connection draining is off for this TCP listener.</source>
        <translation>Connection Draining ist für diesen TCP-Listener ausgeschaltet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection draining is on for this TCP listener: connections to removed servers are kept for up to 1 minute (the draining timeout).</source>
        <translation>Connection Draining ist für diesen TCP-Listener eingeschaltet: Verbindungen zu entfernten Servern bleiben bis zu 1 Minute bestehen (das Draining-Timeout).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Connection draining is on for this TCP listener: connections to removed servers are kept for up to %n minutes (the draining timeout).</source>
        <translation>
            <numerusform>Connection Draining ist für diesen TCP-Listener eingeschaltet: Verbindungen zu entfernten Servern bleiben bis zu %n Minute bestehen (das Draining-Timeout).</numerusform>
            <numerusform>Connection Draining ist für diesen TCP-Listener eingeschaltet: Verbindungen zu entfernten Servern bleiben bis zu %n Minuten bestehen (das Draining-Timeout).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Member ID: %1</source>
        <translation>Mitglieds-ID: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Health status reported by the cloud: %1</source>
        <translation>Von der Cloud gemeldeter Zustand: %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Remove 1 server</source>
        <translation>1 Server entfernen</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Remove %n servers</source>
        <translation>
            <numerusform>%n Server entfernen</numerusform>
            <numerusform>%n Server entfernen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel, remove nothing</source>
        <translation>Abbrechen, nichts entfernen</translation>
    </message>
</context>
<context>
    <name>ElbDesk::RemoveMembersRequest</name>
    <message>
        <location filename="../../app/core/api/removemembersrequest.cpp" line="+32"/>
        <source>no member to remove</source>
        <translation>kein Mitglied zum Entfernen</translation>
    </message>
</context>
<context>
    <name>ElbDesk::SecretResult</name>
    <message>
        <location filename="../../app/core/store/secretstore.cpp" line="+25"/>
        <source>The keyring operation succeeded.</source>
        <translation>Der Zugriff auf den Schlüsselbund war erfolgreich.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No secret is stored in the keyring for this connection. Enter it again; it will be saved in the keyring.</source>
        <translation>Für diese Verbindung ist kein Geheimnis im Schlüsselbund gespeichert. Geben Sie es erneut ein; es wird im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keyring cannot be reached because there is no D-Bus session bus. Start ELB Desk from a desktop session (or inside dbus-run-session), or keep the secret for this session only.</source>
        <translation>Der Schlüsselbund des Systems ist nicht erreichbar, weil es keinen D-Bus-Sitzungsbus gibt. Starten Sie ELB Desk aus einer Desktop-Sitzung (oder in dbus-run-session) oder behalten Sie das Geheimnis nur für diese Sitzung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No Secret Service provider such as GNOME Keyring or KWallet is running. Install and start one (for example the gnome-keyring package), or keep the secret for this session only.</source>
        <translation>Es läuft kein Secret-Service-Anbieter wie GNOME Keyring oder KWallet. Installieren und starten Sie einen (zum Beispiel das Paket gnome-keyring) oder behalten Sie das Geheimnis nur für diese Sitzung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keyring is locked and cannot ask for its password here. Unlock it (for example by logging in to the desktop or with Seahorse) and try again, or keep the secret for this session only.</source>
        <translation>Der Schlüsselbund ist gesperrt und kann hier nicht nach seinem Passwort fragen. Entsperren Sie ihn (zum Beispiel durch Anmelden am Desktop oder mit Seahorse) und versuchen Sie es erneut, oder behalten Sie das Geheimnis nur für diese Sitzung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access to the keyring was denied. Allow ELB Desk to use the keyring and try again, or keep the secret for this session only.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert. Erlauben Sie ELB Desk die Nutzung des Schlüsselbunds und versuchen Sie es erneut, oder behalten Sie das Geheimnis nur für diese Sitzung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keyring reported an error (see the details). Try again, or keep the secret for this session only.</source>
        <translation>Der Schlüsselbund meldete einen Fehler (siehe Details). Versuchen Sie es erneut oder behalten Sie das Geheimnis nur für diese Sitzung.</translation>
    </message>
</context>
<context>
    <name>ElbDesk::ServerSearch</name>
    <message>
        <location filename="../../app/core/jobs/serversearch.cpp" line="+66"/>
        <source>the search query is empty: give a server name, private IP or server id</source>
        <translation>der Suchbegriff ist leer: Geben Sie einen Servernamen, eine private IP oder eine Server-ID an</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>the search was cancelled</source>
        <translation>die Suche wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>ElbDesk::WelcomeWidget</name>
    <message>
        <location filename="../../ui/welcomewidget.cpp" line="+61"/>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>B&amp;earbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete Connection</source>
        <translation>Verbindung löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep It</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Welcome to ELB Desk</source>
        <translation>Willkommen bei ELB Desk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Take backend servers out of classic load balancers safely: review what will be removed, follow the cloud&apos;s job, check the result and re-add if needed.</source>
        <translation>Nehmen Sie Backend-Server sicher aus klassischen Load Balancern heraus: Prüfen Sie, was entfernt wird, verfolgen Sie den Job der Cloud, kontrollieren Sie das Ergebnis und fügen Sie bei Bedarf wieder hinzu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the Sandbox</source>
        <translation>Sandbox öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A local demo cloud; no account needed</source>
        <translation>Eine lokale Demo-Cloud; kein Konto nötig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A local demo cloud with sample load balancers, running inside ELB Desk. No account needed, nothing real is changed.</source>
        <translation>Eine lokale Demo-Cloud mit Beispiel-Load-Balancern, die in ELB Desk läuft. Kein Konto nötig, nichts Echtes wird verändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a Cloud Connection…</source>
        <translation>Cloud-Verbindung hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to Open Telekom Cloud, Huawei Cloud or Flexible Engine</source>
        <translation>Mit Open Telekom Cloud, Huawei Cloud oder Flexible Engine verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Telekom Cloud, Huawei Cloud, Flexible Engine or your own endpoints. Secrets are kept in the system keyring.</source>
        <translation>Open Telekom Cloud, Huawei Cloud, Flexible Engine oder eigene Endpunkte. Geheimnisse werden im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import from clouds.yaml…</source>
        <translation>Aus clouds.yaml importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import connections from clouds.yaml</source>
        <translation>Verbindungen aus clouds.yaml importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reads your OpenStack clouds.yaml; secrets move into the keyring, the file is not changed</source>
        <translation>Liest Ihre OpenStack-clouds.yaml; Geheimnisse wandern in den Schlüsselbund, die Datei wird nicht geändert</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+6"/>
        <source>Saved connections</source>
        <translation>Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No saved connections yet. Add one, or try the sandbox first.</source>
        <translation>Noch keine gespeicherten Verbindungen. Fügen Sie eine hinzu oder probieren Sie zuerst die Sandbox aus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the selected connection</source>
        <translation>Die ausgewählte Verbindung öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the selected connection</source>
        <translation>Die ausgewählte Verbindung bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected connection</source>
        <translation>Die ausgewählte Verbindung löschen</translation>
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
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>access key %1</source>
        <translation>Access Key %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pasted token</source>
        <translation>eingefügtes Token</translation>
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
        <translation>(Geheimnis nur für diese Sitzung aufbewahrt)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Paste a token to open “%1”: tokens are kept for one session only.</source>
        <translation>Fügen Sie ein Token ein, um „%1“ zu öffnen: Tokens werden nur für eine Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the secret of “%1” to open it: it is not saved in the keyring.</source>
        <translation>Geben Sie das Geheimnis von „%1“ ein, um die Verbindung zu öffnen: Es ist nicht im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Delete the connection “%1”? Its saved password or secret key is removed from the keyring too. Load balancers in the cloud are not affected.</source>
        <translation>Die Verbindung „%1“ löschen? Ihr gespeichertes Passwort bzw. ihr Secret Key wird ebenfalls aus dem Schlüsselbund entfernt. Die Load Balancer in der Cloud sind nicht betroffen.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>“%1” was deleted, but its secret could not be removed from the keyring: %2 Remove the entry %3 with your keyring manager (e.g. Seahorse).</source>
        <translation>„%1“ wurde gelöscht, aber das Geheimnis konnte nicht aus dem Schlüsselbund entfernt werden: %2 Entfernen Sie den Eintrag %3 mit Ihrer Schlüsselbundverwaltung (z. B. Seahorse).</translation>
    </message>
</context>
<context>
    <name>ElbDesk::YamlScalars</name>
    <message>
        <location filename="../../app/core/config/yamlscalars.cpp" line="+21"/>
        <source>anchors and aliases (&amp; *) are not supported</source>
        <translation>Anker und Aliase (&amp; *) werden nicht unterstützt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tags (!) are not supported</source>
        <translation>Tags (!) werden nicht unterstützt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>block scalars (| &gt;) are not supported; put the value on one line</source>
        <translation>Block-Skalare (| &gt;) werden nicht unterstützt; schreiben Sie den Wert in eine Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a value cannot start with &quot;%1&quot;; quote it</source>
        <translation>ein Wert kann nicht mit &quot;%1&quot; beginnen; setzen Sie ihn in Anführungszeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list cannot start after &quot;key:&quot; on the same line</source>
        <translation>eine Liste kann nicht in derselben Zeile nach &quot;key:&quot; beginnen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;: &quot; inside a value; quote the value</source>
        <translation>&quot;: &quot; innerhalb eines Werts; setzen Sie den Wert in Anführungszeichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nested flow collections are not supported</source>
        <translation>verschachtelte Flow-Collections werden nicht unterstützt</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>a bad \%1 escape in a double-quoted value</source>
        <translation>eine fehlerhafte Escape-Sequenz \%1 in einem Wert in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an unknown escape \%1 in a double-quoted value</source>
        <translation>eine unbekannte Escape-Sequenz \%1 in einem Wert in doppelten Anführungszeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the closing quote is missing (a quoted value must end on its line)</source>
        <translation>das schließende Anführungszeichen fehlt (ein Wert in Anführungszeichen muss in seiner Zeile enden)</translation>
    </message>
</context>
<context>
    <name>ElbDesk::YamlSubsetParser</name>
    <message>
        <location filename="../../app/core/config/yamlsubsetparser.cpp" line="+47"/>
        <source>the document must start at column 1</source>
        <translation>das Dokument muss in Spalte 1 beginnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+60"/>
        <location line="+39"/>
        <source>unexpected indentation</source>
        <translation>unerwartete Einrückung</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>nested too deeply</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>a list item where a &quot;key: value&quot; line was expected</source>
        <translation>ein Listeneintrag, wo eine Zeile &quot;key: value&quot; erwartet wurde</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+196"/>
        <source>the key &quot;%1&quot; appears twice</source>
        <translation>der Schlüssel &quot;%1&quot; kommt zweimal vor</translation>
    </message>
    <message>
        <location line="-133"/>
        <location line="+11"/>
        <source>expected &quot;key: value&quot;</source>
        <translation>&quot;key: value&quot; erwartet</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&quot;%1&quot; at the start of a key is not supported</source>
        <translation>&quot;%1&quot; am Anfang eines Schlüssels wird nicht unterstützt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a key is missing before &quot;:&quot;</source>
        <translation>vor &quot;:&quot; fehlt ein Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>merge keys (&lt;&lt;) are not supported</source>
        <translation>Merge-Schlüssel (&lt;&lt;) werden nicht unterstützt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>unexpected text after the closing quote</source>
        <translation>unerwarteter Text nach dem schließenden Anführungszeichen</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+70"/>
        <source>the closing &quot;%1&quot; is missing (a flow collection must end on its line)</source>
        <translation>das schließende &quot;%1&quot; fehlt (eine Flow-Collection muss in ihrer Zeile enden)</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+4"/>
        <source>expected &quot;key: value&quot; in a flow mapping</source>
        <translation>&quot;key: value&quot; in einem Flow-Mapping erwartet</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>expected &quot;,&quot; or &quot;%1&quot; in a flow collection</source>
        <translation>&quot;,&quot; oder &quot;%1&quot; in einer Flow-Collection erwartet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unexpected text after the closing &quot;%1&quot;</source>
        <translation>unerwarteter Text nach dem schließenden &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <source>the file is not UTF-8 text</source>
        <translation>die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>a tab in the indentation; YAML indents with spaces</source>
        <translation>ein Tabulator in der Einrückung; YAML rückt mit Leerzeichen ein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a control character in the text</source>
        <translation>ein Steuerzeichen im Text</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>several documents in one file are not supported</source>
        <translation>mehrere Dokumente in einer Datei werden nicht unterstützt</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>text after &quot;---&quot; is not supported</source>
        <translation>Text nach &quot;---&quot; wird nicht unterstützt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>directives (%) are not supported</source>
        <translation>Direktiven (%) werden nicht unterstützt</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/main.cpp" line="+29"/>
        <source>ELB Desk: take backend servers out of classic Elastic Load Balancer listeners safely.</source>
        <translation>ELB Desk: Backend-Server sicher aus den Listenern klassischer Elastic Load Balancer herausnehmen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the built-in sandbox cloud straight away: a local demo cloud, no account needed.</source>
        <translation>Sofort die eingebaute Sandbox-Cloud öffnen: eine lokale Demo-Cloud, kein Konto nötig.</translation>
    </message>
</context>
</TS>
