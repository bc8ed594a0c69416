package fi.ekokartta.offering;

import fi.ekokartta.base.domain.LocalizedText;
import fi.ekokartta.base.domain.PositionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import org.hibernate.envers.Audited;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Hintavaihtoehto: one price of a service (HSDS 3.1 {@code cost_option}), e.g. "alle 18-vuotiaat"
 * 35 EUR "per tunnin käynti", valid for a period. The free-text cost description stays beside it
 * for what a price cannot say.
 */
@Entity
@Audited
public class ServiceCostOption extends PositionedEntity {

    @ManyToOne(optional = false)
    private Offering offering;
    /** Who or what the price applies to. */
    @Embedded
    private LocalizedText option = new LocalizedText();
    @Column(precision = 12, scale = 2)
    private BigDecimal amount;
    /** ISO 4217 code, upper case. */
    @Column(length = 3)
    private String currency;
    /** What the amount buys: "per tunti", "kuukausimaksu". */
    @Embedded
    private LocalizedText amountDescription = new LocalizedText();
    private LocalDate validFrom;
    private LocalDate validTo;

    public ServiceCostOption() {
    }

    public ServiceCostOption(LocalizedText option, BigDecimal amount, String currency, LocalizedText amountDescription,
                             LocalDate validFrom, LocalDate validTo) {
        setContent(option, amount, currency, amountDescription, validFrom, validTo);
    }

    public void setContent(LocalizedText option, BigDecimal amount, String currency, LocalizedText amountDescription,
                           LocalDate validFrom, LocalDate validTo) {
        this.option = option == null ? new LocalizedText() : option;
        this.amount = amount;
        this.currency = currency;
        this.amountDescription = amountDescription == null ? new LocalizedText() : amountDescription;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public Offering getOffering() {
        return offering;
    }

    void setOffering(Offering offering) {
        this.offering = offering;
    }

    public LocalizedText getOption() {
        return option == null ? (option = new LocalizedText()) : option;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getCurrency() {
        return currency;
    }

    public LocalizedText getAmountDescription() {
        return amountDescription == null ? (amountDescription = new LocalizedText()) : amountDescription;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }
}
