/**
 * Policy as code: a bundle of YAML files ({@link eu.dogana.policy.PolicyLoader}) declares purposes of processing
 * with their GDPR legal bases, where prompts may be processed, how answers are treated, limits, and ordered rules
 * whose conditions are typed CEL expressions. {@link eu.dogana.policy.PolicyBundle} documents how rules combine into
 * a {@link eu.dogana.policy.Decision}, which names the rule, its legal reference and the bundle's SHA-256.
 * {@link eu.dogana.policy.PolicyBundles} holds the bundle in force and swaps it atomically on reload. Nothing here
 * knows HTTP; the gateway builds a {@link eu.dogana.policy.PolicyInput} from the request and the scan.
 */
package eu.dogana.policy;
