package pe.colca.security.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pe.colca.security.SecurityStamps;

@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class DefaultSecurityStamps implements SecurityStamps {

    @PersistenceContext
    private EntityManager em;

    @Override
    public void rotate(long userId) {
        em.createNativeQuery("UPDATE users SET security_stamp = gen_random_uuid() WHERE id = ?1")
                .setParameter(1, userId)
                .executeUpdate();
    }
}
