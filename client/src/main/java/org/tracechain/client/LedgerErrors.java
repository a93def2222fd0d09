// SPDX-License-Identifier: Apache-2.0
package org.tracechain.client;

import io.grpc.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.hyperledger.fabric.client.CommitStatusException;
import org.hyperledger.fabric.client.GatewayException;
import org.hyperledger.fabric.client.GatewayRuntimeException;
import org.hyperledger.fabric.client.SubmitException;
import org.hyperledger.fabric.protos.gateway.ErrorDetail;
import org.tracechain.model.error.CommonError;
import org.tracechain.model.error.ErrorMessage;

/**
 * The one place where Fabric Gateway failures become tracechain exceptions.
 *
 * <p>What peers actually send (Fabric v2.4+ gateway): a chaincode refusal during endorsement is status
 * {@code ABORTED "failed to endorse transaction, see attached details for more info"} with one
 * {@code ErrorDetail} per peer whose message is {@code chaincode response 400, [CODE] message}; during evaluation
 * it is status {@code UNKNOWN "evaluate call to endorser returned error: chaincode response 400, [CODE] message"}
 * with the same detail. tracechain chaincodes answer refusals with status 400 and faults with 500
 * ({@code Unexpected error}, no code); the code is parsed whatever the status. What the peers say about outages and
 * refused certificates is read by {@link GatewayErrorText}, which lists each Fabric message and where Fabric builds it.
 *
 * <p>An organisation outside the channel is told so in three ways (Fabric v3.1 gateway and endorser): its own peer,
 * not joined, answers an evaluate with {@code UNAVAILABLE "failed to get config for channel [C]: could not get last
 * config for channel C"} and an endorse with {@code FAILED_PRECONDITION "... No metadata was found for chaincode X in
 * channel C"} (also what a member gets for a chaincode that is not deployed, so it counts only when the gateway
 * profile does not list C); a member's peer refuses the proposal with {@code "access denied: channel [C] creator org
 * unknown, creator is malformed"}. All three become {@link ChannelMembershipException}.
 */
final class LedgerErrors {

    private static final Pattern CHAINCODE_RESPONSE_PREFIX = Pattern.compile("^.*?chaincode response \\d+, ?", Pattern.DOTALL);
    private static final Pattern PEER_NOT_JOINED = Pattern.compile(
            "failed to get config for channel \\[[^\\]]*\\]|could not get last config for channel");
    private static final Pattern CREATOR_ORG_UNKNOWN = Pattern.compile(
            "access denied: channel \\[[^\\]]*\\] creator org unknown");
    private static final Pattern NO_CHAINCODE_METADATA = Pattern.compile("No metadata was found for chaincode");

    /** Validation codes that mean a concurrent transaction changed what this one read. */
    private static final Set<String> READ_CONFLICTS = Set.of("MVCC_READ_CONFLICT", "PHANTOM_READ_CONFLICT");
    private static final String POLICY_FAILURE = "ENDORSEMENT_POLICY_FAILURE";

    private LedgerErrors() {}

    /**
     * Maps a failed evaluate, endorse, submit or commit-status call. In order: a commit status that could not be
     * read (outcome unknown); a certificate the peers refuse ({@code UNKNOWN_IDENTITY}); a non-member; a chaincode
     * refusal with its code; at submit, an orderer's definitive refusal or an ordering outage; an infrastructure
     * outage (retryable, see {@link GatewayErrorText}); else a refusal without a code.
     *
     * @param e the gateway failure
     * @param transactionName the transaction function, for the message
     * @param transactionId the proposal's id (evaluate failures do not carry one themselves)
     * @param context the channel called and by whom, to recognise a non-member
     */
    static LedgerException fromGateway(final GatewayException e, final String transactionName,
            final String transactionId, final ChannelContext context) {
        final Status status = e.getStatus();
        final List<ErrorDetail> details = e.getDetails();
        final List<String> detailLines = new ArrayList<>();
        final List<String> detailMessages = new ArrayList<>();
        for (final ErrorDetail detail : details) {
            detailLines.add(detail.getMspId() + "@" + detail.getAddress() + ": " + detail.getMessage());
            detailMessages.add(detail.getMessage());
        }
        final String description = status.getDescription() == null ? "" : status.getDescription();
        final List<String> messages = new ArrayList<>();
        messages.add(description);
        messages.addAll(detailMessages);

        if (e instanceof CommitStatusException commitStatus) {
            return commitStatusUnknown(commitStatus, transactionName, transactionId);
        }
        final Optional<String> refusedOrganisation = GatewayErrorText.refusedCreatorOrganisation(messages);
        if (refusedOrganisation.isPresent()) {
            final String msp = refusedOrganisation.get().isEmpty() ? context.mspId() : refusedOrganisation.get();
            final String reason = refusalReason(details, description);
            return new TransactionRefusedException(transactionName + " refused: [" + CommonError.UNKNOWN_IDENTITY
                    + "] the peers do not accept this identity's certificate for " + msp + ": it is not issued by a "
                    + "CA that " + msp + " trusts, or it has expired or been revoked (" + reason + ")",
                    transactionId, CommonError.UNKNOWN_IDENTITY.name(), reason, detailLines, e);
        }
        final Optional<ChannelMembershipException> notMember =
                notMember(description, details, detailLines, context, transactionId, e);
        if (notMember.isPresent()) {
            return notMember.get();
        }
        final Optional<ErrorMessage> parsed = parse(details, description);
        if (parsed.isPresent()) {
            final ErrorMessage error = parsed.get();
            return new TransactionRefusedException(transactionName + " refused: [" + error.code() + "] "
                    + error.message(), transactionId, error.code(), error.message(), detailLines, e);
        }
        if (e instanceof SubmitException) {
            return fromSubmit(status, description, detailLines, detailMessages, messages, transactionName,
                    transactionId, e);
        }
        final Optional<GatewayErrorText.Outage> outage = GatewayErrorText.outage(status.getCode(), messages);
        if (outage.isPresent()) {
            return new LedgerUnavailableException("ledger unavailable for " + transactionName + ": "
                    + outage.get().explanation() + " (" + status.getCode() + ": "
                    + withDetails(description, detailLines) + ")", transactionId, status.getCode(), false, e);
        }
        final String reason = refusalReason(details, description);
        return new TransactionRefusedException(transactionName + " refused: " + reason, transactionId, null, reason,
                detailLines, e);
    }

    /** The commit status could not be read: the transaction was submitted, so it may still commit. */
    static LedgerUnavailableException commitStatusUnknown(final CommitStatusException e, final String transactionName,
            final String transactionId) {
        final Status status = e.getStatus();
        return new LedgerUnavailableException("commit status of " + transactionName + " is unknown ("
                + status.getCode() + ": " + (status.getDescription() == null ? "" : status.getDescription())
                + "); it may still commit", transactionId, status.getCode(), true, e);
    }

    /**
     * The ordering service did not confirm it took the transaction. A 4xx answer is final (not ordered); orderers
     * that all declined (no leader) have not got it either; any other failure leaves open whether one took it.
     */
    private static LedgerException fromSubmit(final Status status, final String description,
            final List<String> detailLines, final List<String> detailMessages, final List<String> messages,
            final String transactionName, final String transactionId, final GatewayException e) {
        if (GatewayErrorText.ordererRejected(messages)) {
            final String reason = withDetails(description, detailLines);
            return new TransactionRefusedException(transactionName + " refused by the ordering service: " + reason,
                    transactionId, null, reason, detailLines, e);
        }
        final boolean outcomeUnknown = !GatewayErrorText.everyOrdererDeclined(detailMessages);
        return new LedgerUnavailableException(transactionName + " could not be submitted for ordering: "
                + GatewayErrorText.Outage.ORDERING_UNAVAILABLE.explanation() + " (" + status.getCode() + ": "
                + withDetails(description, detailLines) + ")", transactionId, status.getCode(), outcomeUnknown, e);
    }

    /** The membership failure that the gateway's status describes, if it describes one. */
    private static Optional<ChannelMembershipException> notMember(final String description,
            final List<ErrorDetail> details, final List<String> detailLines, final ChannelContext context,
            final String transactionId, final GatewayException cause) {
        final List<String> messages = new ArrayList<>();
        messages.add(description);
        details.forEach(detail -> messages.add(detail.getMessage()));
        final String evidence;
        if (anyMatches(messages, PEER_NOT_JOINED)) {
            evidence = "the gateway peer has not joined the channel";
        } else if (anyMatches(messages, CREATOR_ORG_UNKNOWN)) {
            evidence = "the channel's peers do not know the organisation";
        } else if (anyMatches(messages, NO_CHAINCODE_METADATA) && context.gatewayProfileExcludesChannel()) {
            evidence = "the gateway profile lists only " + String.join(", ", context.gatewayChannels());
        } else {
            return Optional.empty();
        }
        return Optional.of(new ChannelMembershipException(context.channel(), context.mspId(), evidence, transactionId,
                refusalReason(details, description), detailLines, cause));
    }

    private static boolean anyMatches(final List<String> messages, final Pattern pattern) {
        return messages.stream().anyMatch(message -> pattern.matcher(message).find());
    }

    /** A transaction that was ordered but committed with a validation code other than VALID. */
    static CommitFailedException commitFailed(final String transactionName, final String transactionId,
            final String validationCode, final long blockNumber, final boolean gatewayChoseEndorsers) {
        final String where = " (block " + blockNumber + ")";
        if (READ_CONFLICTS.contains(validationCode)) {
            return new TransactionConflictException(transactionName + " conflicted with a concurrent transaction: "
                    + validationCode + where + ", something it read changed; nothing was written, and endorsing it "
                    + "again from the current state can succeed", transactionId, validationCode, blockNumber);
        }
        if (POLICY_FAILURE.equals(validationCode) && gatewayChoseEndorsers) {
            // The gateway collected endorsements that satisfied every policy when they were made (it plans from the
            // key-level policies the first endorsement reports), so a concurrent transaction changed a policy since.
            return new TransactionConflictException(transactionName + " conflicted with a concurrent transaction: "
                    + validationCode + where + ", the key-level endorsement policy of a key it writes changed (as a "
                    + "concurrent Ship or Receive of the same lot does); nothing was written, and endorsing it again "
                    + "from the current state can succeed", transactionId, validationCode, blockNumber);
        }
        return new CommitFailedException(transactionName + " committed invalid: " + validationCode + where,
                transactionId, validationCode, blockNumber, null);
    }

    /** A failed event stream (events iterators throw the unchecked twin of GatewayException). */
    static LedgerUnavailableException fromStream(final GatewayRuntimeException e, final String what) {
        final Status status = e.getStatus();
        return new LedgerUnavailableException(what + " failed (" + status.getCode() + ": "
                + (status.getDescription() == null ? "" : status.getDescription()) + ")", null, status.getCode(),
                false, e);
    }

    /** The call succeeded on the ledger but its result is not the JSON the caller expected. */
    static LedgerException undecodable(final String transactionName, final String transactionId,
            final RuntimeException cause) {
        return new LedgerException(transactionName + " returned a result that cannot be decoded: " + cause.getMessage(),
                transactionId, null, cause);
    }

    /** Whether a stream failure is worth reconnecting for. */
    static boolean isTransient(final Status.Code code) {
        return code == Status.Code.UNAVAILABLE || code == Status.Code.DEADLINE_EXCEEDED
                || code == Status.Code.RESOURCE_EXHAUSTED || code == Status.Code.ABORTED
                || code == Status.Code.INTERNAL || code == Status.Code.UNKNOWN;
    }

    /** The first {@code [CODE] message} in the peers' details, else in the status description. */
    static Optional<ErrorMessage> parse(final List<ErrorDetail> details, final String description) {
        for (final ErrorDetail detail : details) {
            final Optional<ErrorMessage> parsed = ErrorMessage.parse(detail.getMessage());
            if (parsed.isPresent()) {
                return parsed;
            }
        }
        return ErrorMessage.parse(description);
    }

    /** The most specific human reason: a peer's message without the "chaincode response 400, " wrapping. */
    static String refusalReason(final List<ErrorDetail> details, final String description) {
        final String raw = details.stream()
                .map(ErrorDetail::getMessage)
                .filter(message -> !message.isBlank())
                .findFirst()
                .orElse(description);
        final String stripped = CHAINCODE_RESPONSE_PREFIX.matcher(raw).replaceFirst("").strip();
        return stripped.isEmpty() ? raw.strip() : stripped;
    }

    private static String withDetails(final String description, final List<String> detailLines) {
        return detailLines.isEmpty() ? description : description + "; " + String.join("; ", detailLines);
    }
}
