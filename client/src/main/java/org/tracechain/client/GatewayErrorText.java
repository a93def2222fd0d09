// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import io.grpc.Status;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the texts of a Fabric v3.1.5 Gateway failure mean. The gateway tells faults apart only by gRPC status code,
 * and several kinds share one code (a chaincode server that is down and a chaincode fault are both {@code ABORTED}
 * "failed to endorse transaction, see attached details"), so the peers' messages in the error details decide. Every
 * pattern below is a message the Fabric source produces, quoted where it is built:
 *
 * <ul>
 *   <li><b>Chaincode refusal</b>: the chaincode answered an error status with a payload or a status other than 500:
 *       {@code chaincode response 400, [CODE] message} (gateway {@code apiutils.go responseStatus}); parsed elsewhere.
 *   <li><b>Unknown identity</b>: the peer's proposal check failed before any chaincode ran; Fabric hides the reason
 *       (unknown CA, expired, revoked, bad signature) behind {@code access denied: channel [C] creator org [MSP]}
 *       ({@code core/endorser/msgvalidation.go}); the orderer says {@code broadcast client identity expired}.
 *   <li><b>Infrastructure</b> (the same call can succeed later, nothing was written): the peer could not reach or
 *       lost its chaincode server ({@code core/chaincode/chaincode_support.go}, {@code runtime_launcher.go},
 *       {@code extcc/extcc_handler.go}, {@code handler.go}); too few peers reachable for the policy ({@code
 *       internal/pkg/gateway/registry.go}); timeouts inside the gateway ({@code endorse.go}, {@code evaluate.go},
 *       {@code submit.go}); endorsers computing different results because one lags a block
 *       ({@code endorsement.go}); the ordering service without a Raft leader ({@code SERVICE_UNAVAILABLE},
 *       {@code orderer/consensus/etcdraft/chain.go}).
 *   <li><b>Orderer refusal</b> (definitive, not ordered): a 4xx broadcast status, {@code received unsuccessful
 *       response from orderer: status=FORBIDDEN, info=...} ({@code submit.go}).
 * </ul>
 * Anything else (a chaincode fault answering 500 without a code, an access-control or collection-policy denial) is a
 * refusal without a code.
 */
final class GatewayErrorText {

    /** Why an infrastructure failure happened, in words a caller can act on. */
    enum Outage {
        CHAINCODE_UNREACHABLE("a peer could not reach its chaincode server (stopped or starting)"),
        CHAINCODE_STOPPED("a chaincode server stopped while running the transaction"),
        CHAINCODE_TIMEOUT("a chaincode server did not answer in time"),
        TOO_FEW_PEERS("too few peers are reachable to satisfy the endorsement policy"),
        PEERS_DISAGREE("the endorsing peers computed different results, as when one has not committed the latest "
                + "block yet"),
        GATEWAY_TIMEOUT("the peers did not answer in time"),
        ORDERING_UNAVAILABLE("the ordering service is unavailable (no Raft leader, or no orderer reachable)"),
        TRANSPORT("the gateway peer could not be reached or did not answer in time");

        private final String explanation;

        Outage(final String explanation) {
            this.explanation = explanation;
        }

        String explanation() {
            return explanation;
        }
    }

    /** gRPC codes that mean the call did not get through, when no chaincode answered. */
    private static final Set<Status.Code> TRANSPORT_CODES = EnumSet.of(Status.Code.UNAVAILABLE,
            Status.Code.DEADLINE_EXCEEDED, Status.Code.CANCELLED, Status.Code.RESOURCE_EXHAUSTED,
            Status.Code.INTERNAL, Status.Code.UNIMPLEMENTED, Status.Code.UNAUTHENTICATED);

    private static final Pattern INVALID_CREATOR = Pattern.compile(
            "access denied: channel \\[([^\\]]*)\\] creator org \\[([^\\]]*)\\]");
    private static final Pattern IDENTITY_EXPIRED = Pattern.compile("broadcast client identity expired");

    private static final Pattern CHAINCODE_UNREACHABLE = Pattern.compile("could not launch chaincode"
            + "|chaincode registration failed|timeout expired while starting chaincode"
            + "|error creating grpc connection to|connection to \\S+ (?:failed|terminated)");
    private static final Pattern CHAINCODE_STOPPED = Pattern.compile("chaincode stream terminated");
    private static final Pattern CHAINCODE_TIMEOUT = Pattern.compile("timeout expired while executing transaction");
    private static final Pattern TOO_FEW_PEERS = Pattern.compile(
            "no combination of peers can be derived which satisfy the endorsement policy"
            + "|failed to select a set of endorsers that satisfy the endorsement policy due to unavailability of peers"
            + "|failed to find any endorsing peers for org|no peers available to evaluate chaincode");
    private static final Pattern PEERS_DISAGREE = Pattern.compile("ProposalResponsePayloads do not match");
    private static final Pattern GATEWAY_TIMEOUT = Pattern.compile(
            "endorsement timeout expired while collecting|evaluate timeout expired");
    private static final Pattern ORDERING_UNAVAILABLE = Pattern.compile("no orderer nodes available"
            + "|no orderers could successfully process transaction|insufficient number of orderers"
            + "|submit timeout expired while broadcasting|status=SERVICE_UNAVAILABLE");
    private static final Pattern ORDERER_REJECTED = Pattern.compile(
            "received unsuccessful response from orderer: status=(BAD_REQUEST|FORBIDDEN|NOT_FOUND"
            + "|REQUEST_ENTITY_TOO_LARGE)");
    private static final Pattern ORDERER_DECLINED = Pattern.compile(
            "^received unsuccessful response from orderer: status=SERVICE_UNAVAILABLE");
    private static final String CHAINCODE_RESPONSE = "chaincode response";

    private GatewayErrorText() {}

    /** The calling identity's organisation the peer refused, when it refused the certificate itself. */
    static Optional<String> refusedCreatorOrganisation(final List<String> messages) {
        for (final String message : messages) {
            final Matcher matcher = INVALID_CREATOR.matcher(message);
            if (matcher.find()) {
                return Optional.of(matcher.group(2));
            }
        }
        return messages.stream().anyMatch(m -> IDENTITY_EXPIRED.matcher(m).find()) ? Optional.of("") : Optional.empty();
    }

    /** The outage a failure describes, if it is one; {@code messages} are the description and every detail. */
    static Optional<Outage> outage(final Status.Code code, final List<String> messages) {
        if (anyMatches(messages, CHAINCODE_UNREACHABLE)) {
            return Optional.of(Outage.CHAINCODE_UNREACHABLE);
        }
        if (anyMatches(messages, CHAINCODE_STOPPED)) {
            return Optional.of(Outage.CHAINCODE_STOPPED);
        }
        if (anyMatches(messages, CHAINCODE_TIMEOUT)) {
            return Optional.of(Outage.CHAINCODE_TIMEOUT);
        }
        if (anyMatches(messages, TOO_FEW_PEERS)) {
            return Optional.of(Outage.TOO_FEW_PEERS);
        }
        if (anyMatches(messages, PEERS_DISAGREE)) {
            return Optional.of(Outage.PEERS_DISAGREE);
        }
        if (anyMatches(messages, GATEWAY_TIMEOUT)) {
            return Optional.of(Outage.GATEWAY_TIMEOUT);
        }
        if (anyMatches(messages, ORDERING_UNAVAILABLE)) {
            return Optional.of(Outage.ORDERING_UNAVAILABLE);
        }
        final boolean chaincodeAnswered = messages.stream().anyMatch(m -> m.contains(CHAINCODE_RESPONSE));
        return !chaincodeAnswered && TRANSPORT_CODES.contains(code) ? Optional.of(Outage.TRANSPORT) : Optional.empty();
    }

    /** Whether an orderer refused the transaction for good (a 4xx broadcast status): it was not ordered. */
    static boolean ordererRejected(final List<String> messages) {
        return anyMatches(messages, ORDERER_REJECTED);
    }

    /**
     * Whether every orderer tried answered that it could not take the transaction now ({@code SERVICE_UNAVAILABLE},
     * e.g. while electing a leader), so none of them has it. Any other failure (a connection lost after sending)
     * leaves open whether an orderer took it.
     */
    static boolean everyOrdererDeclined(final List<String> detailMessages) {
        return !detailMessages.isEmpty()
                && detailMessages.stream().allMatch(m -> ORDERER_DECLINED.matcher(m).find());
    }

    private static boolean anyMatches(final List<String> messages, final Pattern pattern) {
        return messages.stream().anyMatch(message -> pattern.matcher(message).find());
    }
}
