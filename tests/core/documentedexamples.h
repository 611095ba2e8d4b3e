#pragma once

// The example bodies of elb-classic-api.md, verbatim (plus a FAIL and an INIT job in the same
// format), shared by tst_parsers (they must parse) and tst_hostilebodies (mutated, they must not).
#include <QByteArray>

namespace ElbDesk::Test::Examples {

// §3.1 documented example: instance_num is a string, admin_state_up an integer, nulls for strings.
inline const QByteArray kLbList =
    R"({"loadbalancers":[{"vip_address":"192.144.62.114","update_time":"2015-09-14 02:34:32","create_time":"2015-09-14 02:34:32","id":"0b07acf06d243925bc24a0ac7445267a","status":"ACTIVE","bandwidth":1,"security_group_id":null,"vpc_id":"f54a3ffd-7a55-4568-9e3d-f0ff2d46a107","admin_state_up":1,"vip_subnet_id":null,"type":"External","name":"MY_ELB","description":null}],"instance_num":"1"})";

// §4 documented example element: admin_state_up is a boolean on listeners.
inline const QByteArray kListener =
    R"({"update_time":"2016-12-01 07:12:59","backend_port":9090,"id":"a824584fb3ba4d39ba0cf372c7cbbb67","backend_protocol":"TCP","sticky_session_type":null,"certificate_id":null,"description":"","loadbalancer_id":"f54c65b1b5dd4a4f95b71b44796ac013","lb_algorithm":"roundrobin","create_time":"2016-12-01 07:12:43","admin_state_up":false,"status":"ACTIVE","protocol":"TCP","cookie_timeout":100,"port":9092,"tcp_draining":true,"tcp_timeout":1,"member_number":0,"healthcheck_id":null,"session_sticky":true,"tcp_draining_timeout":5,"name":"lis"})";

// §5 documented example element and the SDK fixture.
inline const QByteArray kMember1 =
    R"({"server_address":"172.16.0.16","id":"4ac8777333bc20777147ab160ea61baf","status":"ACTIVE","address":"100.64.27.96","listeners":[{"id":"65093734fb966b3d70f6af26cc63e125"},{"id":"a659fe780a542e1adf204db767a021a3"}],"update_time":"2015-12-28 10:35:51","create_time":"2015-12-28 10:35:50","server_name":null,"server_id":"97444148-7afb-47cc-b4a3-6e1c94d1ade4","health_status":"NORMAL"})";
inline const QByteArray kMember2 =
    R"([{"server_address":"192.168.1.215","id":"7ef7f0ebc3964d8f9edf556a1bb943d3","status":"ACTIVE","address":"100.70.38.178","listeners":[{"id":"d5f3197c6bd8491ca1dfc905350d85ea"}],"update_time":"2018-05-06 09:59:14","create_time":"2018-05-06 09:59:14","server_name":null,"server_id":"e1040c67-b130-41ee-9405-07c6c6c20208","health_status":"UNAVAILABLE"}])";

// §8 documented examples.
inline const QByteArray kJobSuccess =
    R"({"status":"SUCCESS","entities":{"elb":{"id":"ef265755daf84333baf4ddc1d91cbc2f","name":"1","type":"External","status":"ACTIVE","bandwidth":1,"vip_address":"10.154.53.4","tenant_id":"cbc08e2f8c354c7aa7abb88d0a7d11dc","admin_state_up":false,"vpc_id":"21838be1-c1ce-4c09-9184-228cdb43038d"}},"job_id":"ff8080825ecc523f015ecd0a98f82f77","job_type":"createELB","begin_time":"2017-09-29T09:49:37.399Z","end_time":"2017-09-29T09:50:03.272Z","error_code":null,"fail_reason":null})";
inline const QByteArray kJobRunning =
    R"({"status":"RUNNING","entities":{"elb_id":"ea3e5715b68850a747ec41f335625c08"},"job_id":"4010b39b4fd3d5ff014fd943bac41619","job_type":"deleteELB","begin_time":"2015-09-17T03:05:38.756Z","end_time":"","error_code":null,"fail_reason":null})";
inline const QByteArray kJobRemoveRunning =
    R"({"status":"RUNNING","entities":{"listener_id":"f8ccb83501dd48c99c4b113a3295ebb4","members":[{"id":"f7c1508231ed4a0bbe85cf7bf0b831a2"}]},"job_id":"4010b39b4fd3d5ff014fd3f160fd006c","job_type":"removeMember","begin_time":"2021-10-01T10:00:00.000Z","end_time":"","error_code":null,"fail_reason":null})";
inline const QByteArray kJobInit =
    R"({"status":"INIT","entities":{},"job_id":"4010b39b4fd3d5ff014fd3f160fd006c","job_type":"removeMember","begin_time":"2021-10-01T10:00:00.000Z","end_time":"","error_code":null,"fail_reason":null})";
inline const QByteArray kJobFail =
    R"({"status":"FAIL","entities":{},"job_id":"4010b39b4fd3d5ff014fd3f160fd006c","job_type":"removeMember","begin_time":"2021-10-01T10:00:00.000Z","end_time":"2021-10-01T10:00:04.000Z","error_code":"ELB.2012","fail_reason":"This member is not exist"})";

// The RUNNING example with another status string.
inline QByteArray withStatus(const QByteArray &job, const QByteArray &status)
{
    QByteArray copy = job;
    return copy.replace("\"status\":\"RUNNING\"", "\"status\":\"" + status + "\"");
}

} // namespace ElbDesk::Test::Examples
