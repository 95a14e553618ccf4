/**
 * Financial identifiers: IBANs, payment cards, crypto-currency addresses and EU VAT numbers. Each is validated by its
 * own check (ISO 13616 mod 97, Luhn with issuer ranges, base58check / bech32 / EIP-55, national VAT check digits), so
 * a match without context already scores high; context words push it to certainty.
 */
package eu.dogana.pii.finance;
