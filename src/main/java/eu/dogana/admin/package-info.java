/** Administration API ({@code /admin/*}): API keys now, policies and configuration later. */
package eu.dogana.admin;
