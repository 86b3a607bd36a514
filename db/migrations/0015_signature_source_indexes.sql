DROP INDEX "signatures_ip_hash_idx";--> statement-breakpoint
DROP INDEX "signatures_domain_idx";--> statement-breakpoint
CREATE INDEX "signatures_petition_ip_idx" ON "signatures" USING btree ("petition_id","ip_hash","created_at");--> statement-breakpoint
CREATE INDEX "signatures_petition_domain_idx" ON "signatures" USING btree ("petition_id","email_domain","created_at");